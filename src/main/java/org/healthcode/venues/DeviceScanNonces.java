package org.healthcode.venues;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nonces of recent device requests, in the database: the table's primary key makes the check hold across threads
 * and across every node sharing the database. A nonce is used in the transaction that records the scan, so a refused
 * scan does not spend it, and a concurrent second use waits for the first and is then refused.
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
     * Remembers the device's nonce, in the caller's transaction.
     *
     * @throws RejectedException {@code device-request-replayed} if the device used it within the nonce memory
     */
    void use(UUID deviceId, String nonce, Instant now) {
        int inserted =
                jdbc.sql("""
                        insert into device_scan_nonce (device_id, nonce, seen_at) values (?, ?, ?)
                        on conflict do nothing""").params(deviceId, nonce, Timestamp.from(now)).update();
        if (inserted == 0) {
            throw new RejectedException(VenueDeviceErrorCode.REQUEST_REPLAYED);
        }
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
