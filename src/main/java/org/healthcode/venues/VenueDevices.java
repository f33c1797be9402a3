package org.healthcode.venues;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.healthcode.common.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scanning devices of venues ("digital sentinels"): an operator registers one and receives its key once, lists and
 * revokes them. A device authenticates each request with its key and names it with a fresh request id and its send
 * time: a request id used before, or a send time more than {@link #CLOCK_SKEW} away, is refused, so a captured
 * request cannot be replayed.
 */
@Service
public class VenueDevices {

    /** How far a device's clock may differ from the server's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** How long used request ids are kept: well beyond the skew, so a replay is always either stale or known. */
    static final Duration REQUEST_IDS_KEPT = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(VenueDevices.class);
    private static final String KEY_PREFIX = "hcd_";
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Venues venues;
    private final Clock clock;

    VenueDevices(JdbcClient jdbc, Venues venues, Clock clock) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.clock = clock;
    }

    /** A device as its operator sees it; the key is never shown again. */
    public record Device(UUID id, UUID venueId, String name, Instant createdAt, Instant revokedAt) {}

    /** A newly registered device with its key, to be entered into the device once. */
    public record NewDevice(UUID id, String name, String key) {}

    /** Registers a device at the operator's venue and returns its key. */
    @Transactional
    public NewDevice register(VenueId venueId, UUID operatorId, String name) {
        requireOperator(venueId, operatorId);
        String deviceName = name == null ? "" : name.strip();
        if (deviceName.isEmpty() || deviceName.length() > 100 || VenueRegistration.hasControlCharacter(deviceName)) {
            throw new RejectedException(VenueErrorCode.DEVICE_NAME_INVALID, "name");
        }

        UUID id = UUID.randomUUID();
        String key = newKey();
        try {
            jdbc.sql("""
                            insert into venue_device (id, venue_id, name, key_hash, created_at, created_by)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, venueId.value(), deviceName, hash(key), Timestamp.from(clock.instant()), operatorId)
                    .update();
        } catch (DuplicateKeyException sameName) {
            throw new RejectedException(VenueErrorCode.DEVICE_NAME_INVALID, "name");
        }
        log.atInfo()
                .setMessage("venue device registered")
                .addKeyValue("device", id)
                .log();
        return new NewDevice(id, deviceName, key);
    }

    /** The devices of the operator's venue, newest first. */
    public List<Device> of(VenueId venueId, UUID operatorId) {
        requireOperator(venueId, operatorId);
        return jdbc.sql("select * from venue_device where venue_id = ? order by created_at desc, name")
                .param(venueId.value())
                .query(VenueDevices::toDevice)
                .list();
    }

    /** Revokes a device's key; revoking twice changes nothing. */
    @Transactional
    public void revoke(VenueId venueId, UUID operatorId, UUID deviceId) {
        requireOperator(venueId, operatorId);
        int known = jdbc.sql(
                        "update venue_device set revoked_at = coalesce(revoked_at, ?) where id = ? and venue_id = ?")
                .params(Timestamp.from(clock.instant()), deviceId, venueId.value())
                .update();
        if (known == 0) {
            throw new RejectedException(VenueErrorCode.DEVICE_UNKNOWN, "deviceId");
        }
        log.atInfo()
                .setMessage("venue device revoked")
                .addKeyValue("device", deviceId)
                .log();
    }

    /**
     * The device this key belongs to, still trusted.
     *
     * @throws RejectedException {@code device-key-unknown} or {@code device-key-revoked}
     */
    public Device authenticate(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX)) {
            throw new RejectedException(VenueErrorCode.DEVICE_KEY_UNKNOWN);
        }
        Device device = jdbc.sql("select * from venue_device where key_hash = ?")
                .param(hash(key))
                .query(VenueDevices::toDevice)
                .optional()
                .orElseThrow(() -> new RejectedException(VenueErrorCode.DEVICE_KEY_UNKNOWN));
        if (device.revokedAt() != null) {
            throw new RejectedException(VenueErrorCode.DEVICE_KEY_REVOKED);
        }
        return device;
    }

    /**
     * Accepts a request id and send time once, in the caller's transaction (a request refused later leaves no trace).
     *
     * @throws RejectedException {@code device-request-malformed}, {@code device-request-stale} or
     *     {@code device-request-replayed}
     */
    public void acceptRequest(Device device, String requestId, Instant sentAt) {
        if (requestId == null
                || sentAt == null
                || !REQUEST_ID.matcher(requestId).matches()) {
            throw new RejectedException(VenueErrorCode.DEVICE_REQUEST_MALFORMED, "requestId");
        }
        Instant now = clock.instant();
        if (Duration.between(sentAt, now).abs().compareTo(CLOCK_SKEW) > 0) {
            throw new RejectedException(VenueErrorCode.DEVICE_REQUEST_STALE, "sentAt");
        }

        int accepted = jdbc.sql("""
                        insert into venue_device_request (device_id, request_id, received_at) values (?, ?, ?)
                        on conflict do nothing""")
                .params(device.id(), requestId, Timestamp.from(now))
                .update();
        if (accepted == 0) {
            throw new RejectedException(VenueErrorCode.DEVICE_REQUEST_REPLAYED, "requestId");
        }
    }

    /** Forgets request ids older than {@link #REQUEST_IDS_KEPT}: requests that old are refused as stale anyway. */
    @Scheduled(
            fixedDelayString = "${healthcode.check-ins.maintenance-interval:1h}",
            initialDelayString = "${healthcode.check-ins.maintenance-interval:1h}")
    public int forgetOldRequests() {
        return jdbc.sql("delete from venue_device_request where received_at < ?")
                .param(Timestamp.from(clock.instant().minus(REQUEST_IDS_KEPT)))
                .update();
    }

    private static Device toDevice(ResultSet row, int rowNumber) throws SQLException {
        Timestamp revokedAt = row.getTimestamp("revoked_at");
        return new Device(
                row.getObject("id", UUID.class),
                row.getObject("venue_id", UUID.class),
                row.getString("name"),
                row.getTimestamp("created_at").toInstant(),
                revokedAt == null ? null : revokedAt.toInstant());
    }

    private void requireOperator(VenueId venueId, UUID operatorId) {
        if (!venues.require(venueId).operatorId().equals(operatorId)) {
            throw new RejectedException(VenueErrorCode.NOT_THE_OPERATOR, VenueId.FIELD);
        }
    }

    private static String newKey() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is not available", unavailable);
        }
    }
}
