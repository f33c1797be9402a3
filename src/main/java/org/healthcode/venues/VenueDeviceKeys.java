package org.healthcode.venues;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.healthcode.common.RejectedException;
import org.healthcode.privacy.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A venue operator's scanning devices: registering one (its secret is shown once), listing them and revoking one. The
 * device's key is kept only encrypted under the data key, bound to this column; see docs/venues.md for why an HMAC
 * key cannot be kept as a one-way hash.
 */
@Service
public class VenueDeviceKeys {

    /** The encryption context of the device keys. */
    static final String KEY_CONTEXT = "venue_device_key.key_cipher";

    private static final Logger log = LoggerFactory.getLogger(VenueDeviceKeys.class);
    private static final int SECRET_BYTES = 32;
    private static final int MAX_LABEL = 100;

    private final JdbcClient jdbc;
    private final Venues venues;
    private final VenueRegistrations registrations;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    VenueDeviceKeys(
            JdbcClient jdbc, Venues venues, VenueRegistrations registrations, PersonalDataCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.registrations = registrations;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** What an operator sends to register a device: a label and, optionally, the entrance it stands at. */
    public record Form(String label, String entranceId) {}

    /** A device's key and where it scans, for authenticating its requests. */
    record DeviceKey(UUID id, Venue venue, Optional<UUID> entranceId, String label, boolean revoked, byte[] key) {}

    /**
     * Registers a device for an open venue of this operator and returns it with its secret.
     *
     * @throws RejectedException {@code not-the-venue-operator}, {@code venue-retired}, {@code device-label-invalid} or
     *     {@code venue-entrance-unknown}
     */
    public VenueDeviceRegistered register(VenueId venueId, UUID operatorId, Form form) {
        Venue venue = requireOperator(venueId, operatorId);
        if (venue.retired()) {
            throw new RejectedException(VenueErrorCode.VENUE_RETIRED, VenueId.FIELD);
        }
        String label = label(form.label());
        Optional<UUID> entrance = entrance(venueId, form.entranceId());

        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into venue_device_key (id, venue_id, entrance_id, label, key_cipher, registered_at,
                                                  registered_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, venueId.value(), entrance.orElse(null), label, cipher.encrypt(text, KEY_CONTEXT))
                .param(Timestamp.from(clock.instant()))
                .param(operatorId)
                .update();
        log.atInfo()
                .setMessage("venue device registered")
                .addKeyValue("venue", venueId)
                .addKeyValue("device", id)
                .log();
        return new VenueDeviceRegistered(device(id).orElseThrow(), text, DeviceScanSignature.SCHEME);
    }

    /**
     * The venue's devices, newest first.
     *
     * @throws RejectedException {@code not-the-venue-operator}
     */
    public List<VenueDevice> of(VenueId venueId, UUID operatorId) {
        requireOperator(venueId, operatorId);
        return jdbc.sql("select * from venue_device_key where venue_id = ? order by registered_at desc, id")
                .param(venueId.value())
                .query(VenueDeviceKeys::toDevice)
                .list();
    }

    /** The devices of every venue this account operates, newest first, by venue id; none for venues it only staffs. */
    public Map<UUID, List<VenueDevice>> ofOperator(UUID operatorId) {
        String operated = """
                select d.* from venue_device_key d join venue v on v.id = d.venue_id
                where v.operator_id = ?
                order by d.registered_at desc, d.id""";
        return jdbc.sql(operated).param(operatorId).query(VenueDeviceKeys::toDevice).list().stream()
                .collect(Collectors.groupingBy(VenueDevice::venueId));
    }

    /**
     * Revokes a device's key: its requests are refused from now on. Revoking it again changes nothing.
     *
     * @throws RejectedException {@code not-the-venue-operator} or {@code device-unknown}
     */
    public VenueDevice revoke(VenueId venueId, String deviceId, UUID operatorId) {
        requireOperator(venueId, operatorId);
        UUID id = parse(deviceId)
                .filter(known -> device(known)
                        .filter(d -> d.venueId().equals(venueId.value()))
                        .isPresent())
                .orElseThrow(() -> new RejectedException(VenueDeviceErrorCode.DEVICE_UNKNOWN, "deviceId"));

        jdbc.sql("update venue_device_key set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), operatorId, id)
                .update();
        log.atInfo()
                .setMessage("venue device revoked")
                .addKeyValue("venue", venueId)
                .addKeyValue("device", id)
                .log();
        return device(id).orElseThrow();
    }

    /** The key of the device with this id, revoked or not, with its venue as it is now. */
    Optional<DeviceKey> key(UUID deviceId) {
        return jdbc.sql("""
                        select v.*, d.id as device_id, d.entrance_id as device_entrance_id, d.label as device_label,
                               d.revoked_at as device_revoked_at, d.key_cipher as device_key_cipher
                        from venue_device_key d join venue v on v.id = d.venue_id
                        where d.id = ?""")
                .param(deviceId)
                .query((row, number) -> new DeviceKey(
                        row.getObject("device_id", UUID.class),
                        Venues.toVenue(row, number),
                        Optional.ofNullable(row.getObject("device_entrance_id", UUID.class)),
                        row.getString("device_label"),
                        row.getTimestamp("device_revoked_at") != null,
                        Base64.getUrlDecoder().decode(cipher.decrypt(row.getBytes("device_key_cipher"), KEY_CONTEXT))))
                .optional();
    }

    private Optional<VenueDevice> device(UUID id) {
        return jdbc.sql("select * from venue_device_key where id = ?")
                .param(id)
                .query(VenueDeviceKeys::toDevice)
                .optional();
    }

    private Venue requireOperator(VenueId venueId, UUID operatorId) {
        Venue venue = venues.require(venueId);
        if (!venue.operatorId().equals(operatorId)) {
            throw new RejectedException(VenueErrorCode.NOT_THE_OPERATOR, VenueId.FIELD);
        }
        return venue;
    }

    private static String label(String text) {
        String label = text == null ? "" : text.strip();
        if (label.isEmpty() || label.length() > MAX_LABEL || VenueRegistration.hasControlCharacter(label)) {
            throw new RejectedException(VenueDeviceErrorCode.LABEL_INVALID, "label");
        }
        return label;
    }

    private Optional<UUID> entrance(VenueId venueId, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<UUID> entrance = parse(text)
                .filter(id -> registrations.entrances(venueId).stream()
                        .anyMatch(known -> known.id().equals(id)));
        if (entrance.isEmpty()) {
            throw new RejectedException(VenueErrorCode.ENTRANCE_UNKNOWN, "entranceId");
        }
        return entrance;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id == null ? "" : id.strip()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static VenueDevice toDevice(ResultSet row, int number) throws SQLException {
        Timestamp revoked = row.getTimestamp("revoked_at");
        return VenueDevice.of(
                row.getObject("id", UUID.class),
                row.getObject("venue_id", UUID.class),
                row.getObject("entrance_id", UUID.class),
                row.getString("label"),
                row.getTimestamp("registered_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
