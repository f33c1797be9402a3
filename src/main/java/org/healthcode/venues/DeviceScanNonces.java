package org.healthcode.venues;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nonces of recent device requests, in the database: the table's primary key makes the check hold across threads
 * and across every node sharing the database. A nonce is used in the transaction that records the scan's check-ins, so
 * a refused scan does not spend it, and a concurrent second use waits for the first and is then refused.
 */
@Component
class DeviceScanNonces {

    private static final Logger log = LoggerFactory.getLogger(DeviceScanNonces.class);

    private final JdbcClient jdbc;
    private final VenueDeviceProperties settings;
    private final Clock clock;

    DeviceScanNonces(JdbcClient jdbc, VenueDeviceProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Remembers these nonces in the caller's transaction and returns those that were new: a nonce used before within
     * the nonce memory is not, and a nonce listed twice is new once.
     */
    Set<DeviceNonce> use(Collection<DeviceNonce> nonces, Instant now) {
        if (nonces.isEmpty()) {
            return Set.of();
        }
        // In one order on every node, so that two transactions inserting the same nonces cannot deadlock.
        List<DeviceNonce> distinct = new LinkedHashSet<>(nonces)
                .stream()
                        .sorted(Comparator.comparing(DeviceNonce::deviceId).thenComparing(DeviceNonce::nonce))
                        .toList();
        String[] devices =
                distinct.stream().map(nonce -> nonce.deviceId().toString()).toArray(String[]::new);
        String[] values = distinct.stream().map(DeviceNonce::nonce).toArray(String[]::new);
        List<DeviceNonce> inserted = jdbc.sql("""
                        insert into device_scan_nonce (device_id, nonce, seen_at)
                        select device::uuid, nonce, ? from unnest(?::text[], ?::text[]) as sent (device, nonce)
                        on conflict do nothing
                        returning device_id, nonce""")
                .params(Timestamp.from(now), devices, values)
                .query((row, number) -> new DeviceNonce(row.getObject("device_id", UUID.class), row.getString("nonce")))
                .list();
        return new HashSet<>(inserted);
    }

    /** Deletes the nonces no request could replay any more: its timestamp would be refused. */
    @Scheduled(
            fixedDelayString = "${healthcode.venue-devices.nonce-cleanup-interval:1m}",
            initialDelayString = "${healthcode.venue-devices.nonce-cleanup-interval:1m}")
    void forgetExpired() {
        Instant before = clock.instant().minus(settings.nonceMemory());
        int deleted = jdbc.sql("delete from device_scan_nonce where seen_at < ?")
                .param(Timestamp.from(before))
                .update();
        log.atDebug()
                .setMessage("device nonces forgotten")
                .addKeyValue("count", deleted)
                .log();
    }
}
