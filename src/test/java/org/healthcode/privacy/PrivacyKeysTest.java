package org.healthcode.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.privacy.TestKeys.base64OfBytes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrivacyKeysTest {

    private static final PrivacyProperties UNSET = new PrivacyProperties(null, null, null);

    static Stream<Arguments> wrongSettings() {
        String key = base64OfBytes(32, 1);
        String lookup = base64OfBytes(32, 2);
        return Stream.of(
                Arguments.of(new PrivacyProperties(Map.of(), "k1", lookup), "healthcode.privacy.data-keys.<id>"),
                Arguments.of(new PrivacyProperties(Map.of("k1", key), "k2", lookup), "active-data-key"),
                Arguments.of(new PrivacyProperties(Map.of("k1", key), null, lookup), "active-data-key"),
                Arguments.of(
                        new PrivacyProperties(Map.of("k1", base64OfBytes(16, 1)), "k1", lookup),
                        "healthcode.privacy.data-keys.k1 must be the base64 of exactly 32 bytes, but decodes to 16"),
                Arguments.of(
                        new PrivacyProperties(Map.of("k1", "not base64!"), "k1", lookup),
                        "healthcode.privacy.data-keys.k1 is not valid base64"),
                Arguments.of(
                        new PrivacyProperties(Map.of("K_1", key), "K_1", lookup),
                        "healthcode.privacy.data-keys.K_1: a key id must be 1 to 16 characters"),
                Arguments.of(
                        new PrivacyProperties(Map.of("a-very-long-key-id", key), "a-very-long-key-id", lookup),
                        "a key id must be 1 to 16 characters"),
                Arguments.of(new PrivacyProperties(Map.of("k1", key), "k1", null), "Set healthcode.privacy.lookup-key"),
                Arguments.of(
                        new PrivacyProperties(Map.of("k1", key), "k1", base64OfBytes(31, 2)),
                        "healthcode.privacy.lookup-key must be the base64 of at least 32 bytes, but decodes to 31"));
    }

    @ParameterizedTest
    @MethodSource("wrongSettings")
    void refuses_wrong_settings_with_a_message_naming_the_setting(PrivacyProperties settings, String message) {
        assertThatThrownBy(() -> PrivacyKeys.from(settings))
                .isInstanceOf(InvalidPrivacyKeysException.class)
                .hasMessageContaining(message)
                .hasMessageNotContaining(base64OfBytes(32, 1))
                .hasMessageNotContaining(base64OfBytes(16, 1));
    }

    @Test
    void accepts_a_longer_lookup_key() {
        assertThat(PrivacyKeys.from(
                                new PrivacyProperties(Map.of("k1", base64OfBytes(32, 1)), "k1", base64OfBytes(64, 2)))
                        .activeKeyId())
                .isEqualTo("k1");
    }

    @Test
    void uses_the_configured_keys_when_they_are_set(@TempDir Path dataDirectory) {
        PrivacyKeys keys = PrivacyKeysConfiguration.resolve(TestKeys.k1AndK2WithK2Active(), true, dataDirectory);

        assertThat(keys.activeKeyId()).isEqualTo("k2");
        assertThat(dataDirectory.resolve("secrets")).doesNotExist();
    }

    @Test
    void stops_a_production_start_without_keys_and_says_what_to_set(@TempDir Path dataDirectory) {
        assertThatThrownBy(() -> PrivacyKeysConfiguration.resolve(UNSET, true, dataDirectory))
                .isInstanceOf(InvalidPrivacyKeysException.class)
                .hasMessageContaining("healthcode.privacy.data-keys.<id>")
                .hasMessageContaining("healthcode.privacy.active-data-key")
                .hasMessageContaining("healthcode.privacy.lookup-key");
        assertThat(dataDirectory.resolve("secrets")).doesNotExist();
    }

    @Test
    void generates_keys_once_outside_production_and_reuses_them_after_a_restart(@TempDir Path dataDirectory)
            throws IOException {
        // given a value encrypted on the first start
        PrivacyKeys firstStart = PrivacyKeysConfiguration.resolve(UNSET, false, dataDirectory);
        byte[] stored = new PersonalDataCipher(firstStart).encrypt("13812345678", "resident.phone");
        byte[] hash = new LookupHasher(firstStart).hash("+8613812345678");

        // when the server starts again
        PrivacyKeys secondStart = PrivacyKeysConfiguration.resolve(UNSET, false, dataDirectory);

        // then it reads the same keys from the file
        assertThat(new PersonalDataCipher(secondStart).decrypt(stored, "resident.phone"))
                .isEqualTo("13812345678");
        assertThat(new LookupHasher(secondStart).hash("+8613812345678")).isEqualTo(hash);
        assertThat(secondStart.activeKeyId()).isEqualTo(GeneratedKeyFile.GENERATED_KEY_ID);
    }

    @Test
    void writes_the_generated_keys_readable_by_the_owner_only(@TempDir Path dataDirectory) throws IOException {
        PrivacyKeysConfiguration.resolve(UNSET, false, dataDirectory);

        Path file = dataDirectory.resolve("secrets/privacy.properties");
        assertThat(file).exists();
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void never_prints_key_material() {
        PrivacyProperties settings = TestKeys.k1Active();

        assertThat(settings.toString())
                .doesNotContain(settings.lookupKey(), settings.dataKeys().get("k1"));
        assertThat(PrivacyKeys.from(settings).toString()).isEqualTo("PrivacyKeys[ids=[k1], active=k1]");
    }
}
