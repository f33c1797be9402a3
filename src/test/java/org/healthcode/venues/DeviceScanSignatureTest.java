package org.healthcode.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.healthcode.common.RejectedException;
import org.junit.jupiter.api.Test;

/** The worked example of docs/venues.md (computed independently, with Python's hmac) verifies; its variants do not. */
class DeviceScanSignatureTest {

    private static final String SECRET = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
    private static final String DEVICE = "0b6f1c52-3f1e-4c8e-9a53-2f4f2d0f9f11";
    private static final String NONCE = "4f9c2a7e1b3d5f60718293a4b5c6d7e8";
    private static final String SIGNATURE = "e3b7a317cfe0106fb5c77a1b75e8a790fd67c18a2c8d4b5535aec07c065f4773";
    private static final byte[] BODY = "{\"code\":\"HCN1:EXAMPLE\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEY = Base64.getUrlDecoder().decode(SECRET);

    @Test
    void the_documented_example_verifies_with_the_documented_canonical_text() {
        DeviceScanSignature signature = DeviceScanSignature.of(DEVICE, "1796371200", NONCE, SIGNATURE);

        assertThat(signature.verifies(KEY, "POST", "/api/devices/scans", BODY)).isTrue();
        assertThat(DeviceScanSignature.canonical(
                        UUID.fromString(DEVICE), "POST", "/api/devices/scans", 1796371200L, NONCE, BODY))
                .isEqualTo("HC-DEVICE-HMAC-SHA256\n" + DEVICE + "\nPOST\n/api/devices/scans\n1796371200\n" + NONCE
                        + "\nf5e312f5904666237e018b66eb716c3327dd0e53ea8c2f8daf8ffa3521ed17d0");
    }

    @Test
    void a_changed_body_path_method_time_or_nonce_does_not_verify() {
        byte[] otherBody = "{\"code\":\"HCN1:EXAMPLF\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(DeviceScanSignature.of(DEVICE, "1796371200", NONCE, SIGNATURE)
                        .verifies(KEY, "POST", "/api/devices/scans", otherBody))
                .isFalse();
        assertThat(DeviceScanSignature.of(DEVICE, "1796371200", NONCE, SIGNATURE)
                        .verifies(KEY, "POST", "/api/devices/scan", BODY))
                .isFalse();
        assertThat(DeviceScanSignature.of(DEVICE, "1796371200", NONCE, SIGNATURE)
                        .verifies(KEY, "PUT", "/api/devices/scans", BODY))
                .isFalse();
        assertThat(DeviceScanSignature.of(DEVICE, "1796371201", NONCE, SIGNATURE)
                        .verifies(KEY, "POST", "/api/devices/scans", BODY))
                .isFalse();
        assertThat(DeviceScanSignature.of(DEVICE, "1796371200", NONCE.replace('4', '5'), SIGNATURE)
                        .verifies(KEY, "POST", "/api/devices/scans", BODY))
                .isFalse();
    }

    @Test
    void headers_not_of_their_form_are_refused_as_malformed() {
        String[][] bad = {
            {null, "1796371200", NONCE, SIGNATURE},
            {"not-a-uuid", "1796371200", NONCE, SIGNATURE},
            {DEVICE, "-5", NONCE, SIGNATURE},
            {DEVICE, "1796371200", "short", SIGNATURE},
            {DEVICE, "1796371200", NONCE + "!", SIGNATURE},
            {DEVICE, "1796371200", NONCE, SIGNATURE.toUpperCase()},
            {DEVICE, "1796371200", NONCE, SIGNATURE.substring(2)}
        };
        for (String[] headers : bad) {
            assertThatThrownBy(() -> DeviceScanSignature.of(headers[0], headers[1], headers[2], headers[3]))
                    .isInstanceOfSatisfying(
                            RejectedException.class,
                            refused -> assertThat(refused.errorCode())
                                    .isEqualTo(VenueDeviceErrorCode.AUTHENTICATION_MALFORMED));
        }
    }
}
