package org.healthcode.privacy;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/** Made-up keys for tests: each is 32 copies of one byte, so they are distinct and obviously not real. */
final class TestKeys {

    private TestKeys() {}

    static String base64OfBytes(int length, int fill) {
        byte[] key = new byte[length];
        Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    static PrivacyProperties ring(Map<String, String> dataKeys, String active) {
        return new PrivacyProperties(dataKeys, active, base64OfBytes(32, 0x55));
    }

    static PrivacyProperties k1Active() {
        return ring(Map.of("k1", base64OfBytes(32, 1)), "k1");
    }

    static PrivacyProperties k1AndK2WithK2Active() {
        return ring(Map.of("k1", base64OfBytes(32, 1), "k2", base64OfBytes(32, 2)), "k2");
    }
}
