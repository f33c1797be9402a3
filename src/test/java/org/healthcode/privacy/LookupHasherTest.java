package org.healthcode.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class LookupHasherTest {

    private final LookupHasher hasher = new LookupHasher(PrivacyKeys.from(TestKeys.k1Active()));

    @Test
    void gives_the_same_hash_for_the_same_canonical_value_and_different_ones_otherwise() {
        assertThat(hasher.hash("+8613812345678")).hasSize(32).isEqualTo(hasher.hash("+8613812345678"));
        assertThat(hasher.hash("+8613812345678")).isNotEqualTo(hasher.hash("+8613812345679"));
    }

    @Test
    void is_the_hmac_sha256_under_the_lookup_key_and_not_a_plain_digest() throws Exception {
        Mac reference = Mac.getInstance("HmacSHA256");
        reference.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        LookupHasher zeroKey = new LookupHasher(PrivacyKeys.from(new PrivacyProperties(
                Map.of("k1", TestKeys.base64OfBytes(32, 1)), "k1", TestKeys.base64OfBytes(32, 0))));

        assertThat(HexFormat.of().formatHex(zeroKey.hash("TAIWAN_PERMIT:12345678")))
                .isEqualTo(HexFormat.of().formatHex(reference.doFinal("TAIWAN_PERMIT:12345678".getBytes())));
    }

    @Test
    void depends_on_the_lookup_key_and_not_on_the_data_keys() {
        LookupHasher otherDataKeys = new LookupHasher(PrivacyKeys.from(TestKeys.k1AndK2WithK2Active()));

        assertThat(otherDataKeys.hash("x")).isEqualTo(hasher.hash("x"));
    }
}
