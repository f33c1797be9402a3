package org.healthcode.privacy;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The keys that protect personal data, under {@code healthcode.privacy}. Either all three settings are given, or
 * none: then, outside the {@code prod} profile, a key ring is generated once and kept in
 * {@code ${healthcode.data-dir}/secrets/privacy.properties}. With {@code prod}, missing keys stop the start-up.
 * The rules on the values are checked by {@link PrivacyKeys#from(PrivacyProperties)}, which names the offending key.
 *
 * @param dataKeys key id ({@code [a-z0-9-]{1,16}}) to the base64 of a 32-byte AES key; old keys stay here after a
 *     rotation so that their ciphertexts can still be read ({@code healthcode.privacy.data-keys.<id>})
 * @param activeDataKey the id of the key new values are encrypted with ({@code healthcode.privacy.active-data-key})
 * @param lookupKey the base64 of at least 32 bytes, the HMAC key of look-up hashes; never rotated without
 *     recomputing every stored hash ({@code healthcode.privacy.lookup-key})
 */
@Validated
@ConfigurationProperties("healthcode.privacy")
public record PrivacyProperties(Map<String, String> dataKeys, String activeDataKey, String lookupKey) {

    public PrivacyProperties {
        dataKeys = dataKeys == null ? Map.of() : Map.copyOf(dataKeys);
    }

    /** Whether none of the three settings is given. */
    public boolean isUnset() {
        return dataKeys.isEmpty() && isBlank(activeDataKey) && isBlank(lookupKey);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "PrivacyProperties[dataKeys=" + dataKeys.keySet() + ", activeDataKey=" + activeDataKey + "]";
    }
}
