package org.healthcode.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The validated key ring: the AES data keys by id, which one is active, and the HMAC look-up key. Built from
 * {@link PrivacyProperties}, from configuration or from the generated file.
 */
public final class PrivacyKeys {

    /** The bytes of an AES-256 data key. */
    public static final int DATA_KEY_BYTES = 32;

    /** The least bytes of the look-up key: as many as the HMAC-SHA256 output. */
    public static final int MIN_LOOKUP_KEY_BYTES = 32;

    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9-]{1,16}");
    private static final String PREFIX = "healthcode.privacy.";

    private final Map<String, SecretKey> dataKeys;
    private final String activeKeyId;
    private final SecretKey lookupKey;

    private PrivacyKeys(Map<String, SecretKey> dataKeys, String activeKeyId, SecretKey lookupKey) {
        this.dataKeys = Map.copyOf(dataKeys);
        this.activeKeyId = activeKeyId;
        this.lookupKey = lookupKey;
    }

    /**
     * Checks the settings and builds the key ring.
     *
     * @throws InvalidPrivacyKeysException naming the first setting that is missing or wrong
     */
    public static PrivacyKeys from(PrivacyProperties properties) {
        if (properties.dataKeys().isEmpty()) {
            throw new InvalidPrivacyKeysException("Set at least one key in " + PREFIX + "data-keys.<id>");
        }
        if (properties.activeDataKey() == null || !properties.dataKeys().containsKey(properties.activeDataKey())) {
            throw new InvalidPrivacyKeysException(
                    PREFIX + "active-data-key must name one of the keys in " + PREFIX + "data-keys");
        }

        Map<String, SecretKey> dataKeys = new LinkedHashMap<>();
        properties.dataKeys().forEach((id, base64) -> dataKeys.put(id, dataKey(id, base64)));
        return new PrivacyKeys(dataKeys, properties.activeDataKey(), lookupKey(properties.lookupKey()));
    }

    private static SecretKey dataKey(String id, String base64) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new InvalidPrivacyKeysException(
                    PREFIX + "data-keys." + id + ": a key id must be 1 to 16 characters of a-z, 0-9 and '-'");
        }
        byte[] bytes = decode(PREFIX + "data-keys." + id, base64);
        if (bytes.length != DATA_KEY_BYTES) {
            throw new InvalidPrivacyKeysException(PREFIX + "data-keys." + id + " must be the base64 of exactly "
                    + DATA_KEY_BYTES + " bytes, but decodes to " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static SecretKey lookupKey(String base64) {
        byte[] bytes = decode(PREFIX + "lookup-key", base64);
        if (bytes.length < MIN_LOOKUP_KEY_BYTES) {
            throw new InvalidPrivacyKeysException(PREFIX + "lookup-key must be the base64 of at least "
                    + MIN_LOOKUP_KEY_BYTES + " bytes, but decodes to " + bytes.length);
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static byte[] decode(String setting, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new InvalidPrivacyKeysException("Set " + setting);
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidPrivacyKeysException(setting + " is not valid base64");
        }
    }

    /** The id new ciphertexts are written with. */
    public String activeKeyId() {
        return activeKeyId;
    }

    /** The id as the ASCII bytes stored in a ciphertext header. */
    byte[] activeKeyIdBytes() {
        return activeKeyId.getBytes(StandardCharsets.US_ASCII);
    }

    /** The active data key. */
    SecretKey activeDataKey() {
        return dataKeys.get(activeKeyId);
    }

    /** The data key with the given id, if the ring holds it. */
    Optional<SecretKey> dataKey(String id) {
        return Optional.ofNullable(dataKeys.get(id));
    }

    /** The HMAC-SHA256 key of look-up hashes. */
    SecretKey lookupKey() {
        return lookupKey;
    }

    @Override
    public String toString() {
        return "PrivacyKeys[ids=" + dataKeys.keySet() + ", active=" + activeKeyId + "]";
    }
}
