package org.healthcode.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock fixed at noon Beijing time on a known day, so that "today" is the same in every test run. */
final class TestClocks {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final Clock FIXED = Clock.fixed(TODAY.atTime(12, 0).atZone(BEIJING).toInstant(), BEIJING);

    private TestClocks() {}
}
