package org.healthcode.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
import org.healthcode.common.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message bundle has the same keys in English and Simplified Chinese, and every error code has a message. */
class MessageBundlesTest {

    static Stream<String> bundles() {
        return Stream.of(
                "common",
                "pages",
                "identity",
                "residents",
                "declarations",
                "status",
                "codes",
                "rules",
                "testing",
                "venues",
                "venueimport",
                "appeals",
                "venue-flows",
                "devices");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void the_chinese_bundle_has_exactly_the_keys_of_the_english_one(String bundle) throws IOException {
        Properties english = load("messages/" + bundle + ".properties");
        Properties chinese = load("messages/" + bundle + "_zh_CN.properties");

        assertThat(english).isNotEmpty();
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void every_error_code_has_a_message_in_both_languages() throws IOException {
        Properties english = new Properties();
        Properties chinese = new Properties();
        for (String bundle : bundles().toList()) {
            english.putAll(load("messages/" + bundle + ".properties"));
            chinese.putAll(load("messages/" + bundle + "_zh_CN.properties"));
        }

        errorCodeEnums().flatMap(Arrays::stream).map(ErrorCode::messageKey).forEach(key -> {
            assertThat(english).as(key).containsKey(key);
            assertThat(chinese).as(key).containsKey(key);
        });
    }

    @Test
    void the_error_code_scan_finds_the_codes_of_every_feature() {
        assertThat(errorCodeEnums().toList()).hasSizeGreaterThan(10);
    }

    /** Every enum of the product that implements {@link ErrorCode}, so a new feature's codes need no listing here. */
    private static Stream<ErrorCode[]> errorCodeEnums() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.healthcode")
                        .stream()
                        .filter(type -> type.isEnum() && type.isAssignableTo(ErrorCode.class))
                        .map(type -> (ErrorCode[]) type.reflect().getEnumConstants());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
