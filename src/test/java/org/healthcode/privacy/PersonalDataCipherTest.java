package org.healthcode.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.healthcode.privacy.PersonalDataUnreadableException.Reason;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String ID_COLUMN = "resident.id_number";
    private static final String PHONE_COLUMN = "resident.phone";
    private static final String SECRET = "张三 11010119900307123X";

    private final PersonalDataCipher cipher = new PersonalDataCipher(PrivacyKeys.from(TestKeys.k1Active()));

    @Test
    void decrypts_what_it_encrypted_with_the_same_context() {
        byte[] stored = cipher.encrypt(SECRET, ID_COLUMN);

        assertThat(cipher.decrypt(stored, ID_COLUMN)).isEqualTo(SECRET);
    }

    @Test
    void writes_the_version_and_key_id_in_front_and_never_the_plaintext() {
        byte[] stored = cipher.encrypt(SECRET, ID_COLUMN);

        assertThat(stored[0]).isEqualTo((byte) 1);
        assertThat(stored[1]).isEqualTo((byte) 2);
        assertThat(new String(stored, 2, 2, StandardCharsets.US_ASCII)).isEqualTo("k1");
        assertThat(stored).hasSize(4 + 12 + SECRET.getBytes(StandardCharsets.UTF_8).length + 16);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("1101011990");
    }

    @Test
    void uses_a_fresh_nonce_for_every_value() {
        assertThat(cipher.encrypt(SECRET, ID_COLUMN)).isNotEqualTo(cipher.encrypt(SECRET, ID_COLUMN));
    }

    @Test
    void refuses_a_ciphertext_in_which_any_single_byte_was_changed() {
        byte[] stored = cipher.encrypt(SECRET, ID_COLUMN);

        for (int position = 0; position < stored.length; position++) {
            byte[] tampered = Arrays.copyOf(stored, stored.length);
            tampered[position] ^= 0x01;

            assertThatThrownBy(() -> cipher.decrypt(tampered, ID_COLUMN))
                    .as("byte %d flipped", position)
                    .isInstanceOf(PersonalDataUnreadableException.class)
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void refuses_a_ciphertext_that_was_cut_short_or_is_empty() {
        byte[] stored = cipher.encrypt(SECRET, ID_COLUMN);

        for (int length = 0; length < stored.length; length++) {
            byte[] truncated = Arrays.copyOf(stored, length);

            assertThatThrownBy(() -> cipher.decrypt(truncated, ID_COLUMN))
                    .as("cut to %d bytes", length)
                    .isInstanceOf(PersonalDataUnreadableException.class);
        }
    }

    @Test
    void refuses_a_ciphertext_moved_to_another_column() {
        byte[] storedAsPhone = cipher.encrypt("+8613812345678", PHONE_COLUMN);

        assertThatThrownBy(() -> cipher.decrypt(storedAsPhone, ID_COLUMN))
                .isInstanceOfSatisfying(
                        PersonalDataUnreadableException.class,
                        unreadable -> assertThat(unreadable.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED));
    }

    @Test
    void refuses_a_ciphertext_written_with_a_key_the_ring_does_not_hold() {
        PersonalDataCipher other = new PersonalDataCipher(
                PrivacyKeys.from(TestKeys.ring(Map.of("k9", TestKeys.base64OfBytes(32, 9)), "k9")));
        byte[] stored = other.encrypt(SECRET, ID_COLUMN);

        assertThatThrownBy(() -> cipher.decrypt(stored, ID_COLUMN))
                .isInstanceOfSatisfying(
                        PersonalDataUnreadableException.class,
                        unreadable -> assertThat(unreadable.reason()).isEqualTo(Reason.UNKNOWN_KEY));
    }

    @Test
    void still_reads_old_values_after_a_rotation_and_rewrites_them_under_the_new_key() {
        // given a value written under k1
        byte[] underK1 = cipher.encrypt(SECRET, ID_COLUMN);

        // when k2 becomes the active key
        PersonalDataCipher rotated = new PersonalDataCipher(PrivacyKeys.from(TestKeys.k1AndK2WithK2Active()));

        // then the old value still decrypts, is flagged for re-encryption, and re-encrypts under k2
        assertThat(rotated.decrypt(underK1, ID_COLUMN)).isEqualTo(SECRET);
        assertThat(rotated.needsReencryption(underK1)).isTrue();

        byte[] underK2 = rotated.reencrypt(underK1, ID_COLUMN);
        assertThat(new String(underK2, 2, 2, StandardCharsets.US_ASCII)).isEqualTo("k2");
        assertThat(rotated.needsReencryption(underK2)).isFalse();
        assertThat(rotated.decrypt(underK2, ID_COLUMN)).isEqualTo(SECRET);
    }

    @Test
    void does_not_ask_to_reencrypt_a_value_under_the_active_key() {
        assertThat(cipher.needsReencryption(cipher.encrypt(SECRET, ID_COLUMN))).isFalse();
    }
}
