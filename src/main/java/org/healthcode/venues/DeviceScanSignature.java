package org.healthcode.venues;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.healthcode.common.RejectedException;

/**
 * The signature a scanning device puts on each request, read from its headers.
 *
 * <p>The device signs, with HMAC-SHA256 under the 32 bytes of its secret, the UTF-8 text of these lines joined by
 * {@code \n} (no line break at the end): {@value #SCHEME}, the device id, the HTTP method, the path, the timestamp (Unix
 * seconds, decimal), the nonce, and the lower-case hex SHA-256 of the body's exact bytes. The signature travels as 64
 * lower-case hex digits. docs/venues.md shows the scheme byte by byte.
 *
 * @param deviceId from {@value #DEVICE_HEADER}
 * @param timestamp from {@value #TIMESTAMP_HEADER}
 * @param nonce from {@value #NONCE_HEADER}: 16 to 64 letters, digits, {@code -} or {@code _}, new for every request
 * @param signature from {@value #SIGNATURE_HEADER}
 */
record DeviceScanSignature(UUID deviceId, Instant timestamp, String nonce, byte[] signature) {

    static final String SCHEME = "HC-DEVICE-HMAC-SHA256";
    static final String DEVICE_HEADER = "X-Device-Id";
    static final String TIMESTAMP_HEADER = "X-Device-Timestamp";
    static final String NONCE_HEADER = "X-Device-Nonce";
    static final String SIGNATURE_HEADER = "X-Device-Signature";

    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");
    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-f]{64}");
    private static final HexFormat HEX = HexFormat.of();

    /**
     * Reads the four signing headers.
     *
     * @throws RejectedException {@code device-authentication-malformed} if one is missing or not of its form
     */
    static DeviceScanSignature of(String deviceId, String timestamp, String nonce, String signature) {
        if (!matches(TIMESTAMP, timestamp) || !matches(NONCE, nonce) || !matches(SIGNATURE, signature)) {
            throw malformed();
        }

        UUID device = parseDevice(deviceId).orElseThrow(DeviceScanSignature::malformed);
        return new DeviceScanSignature(
                device, Instant.ofEpochSecond(Long.parseLong(timestamp)), nonce, HEX.parseHex(signature));
    }

    /** Whether the signature is the device key's HMAC of this request (compared in constant time). */
    boolean verifies(byte[] key, String method, String path, byte[] body) {
        byte[] expected = sign(key, canonical(deviceId, method, path, timestamp.getEpochSecond(), nonce, body));
        return MessageDigest.isEqual(expected, signature);
    }

    /** The text a device signs; see the class comment. */
    static String canonical(UUID device, String method, String path, long epochSecond, String nonce, byte[] body) {
        return String.join(
                "\n", SCHEME, device.toString(), method, path, Long.toString(epochSecond), nonce, sha256Hex(body));
    }

    /** HMAC-SHA256 of the canonical text under the key. */
    static byte[] sign(byte[] key, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HMAC-SHA256 is not available", missing);
        }
    }

    private static String sha256Hex(byte[] body) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("SHA-256 is not available", missing);
        }
    }

    private static boolean matches(Pattern pattern, String text) {
        return text != null && pattern.matcher(text).matches();
    }

    private static Optional<UUID> parseDevice(String text) {
        try {
            return Optional.of(UUID.fromString(text == null ? "" : text));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static RejectedException malformed() {
        return new RejectedException(VenueDeviceErrorCode.AUTHENTICATION_MALFORMED);
    }
}
