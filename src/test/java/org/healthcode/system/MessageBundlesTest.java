package org.healthcode.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Stream;
import org.healthcode.accounts.AccountErrorCode;
import org.healthcode.cards.CardErrorCode;
import org.healthcode.codes.CodeRejection;
import org.healthcode.common.CommonErrorCode;
import org.healthcode.common.ErrorCode;
import org.healthcode.declarations.DeclarationErrorCode;
import org.healthcode.divisions.DivisionErrorCode;
import org.healthcode.identity.IdentityErrorCode;
import org.healthcode.labresults.LabErrorCode;
import org.healthcode.login.LoginErrorCode;
import org.healthcode.mycode.MyCodeErrorCode;
import org.healthcode.residents.ResidentErrorCode;
import org.healthcode.rules.RulesErrorCode;
import org.healthcode.sampling.SamplingErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message bundle has the same keys in English and Simplified Chinese, and every error code has a message. */
class MessageBundlesTest {

    static Stream<String> bundles() {
        return Stream.of(
                "common", "pages", "identity", "residents", "declarations", "status", "codes", "rules", "testing");
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

        Stream.of(
                        CommonErrorCode.values(),
                        AccountErrorCode.values(),
                        DeclarationErrorCode.values(),
                        DivisionErrorCode.values(),
                        IdentityErrorCode.values(),
                        LoginErrorCode.values(),
                        ResidentErrorCode.values(),
                        CodeRejection.values(),
                        MyCodeErrorCode.values(),
                        CardErrorCode.values(),
                        RulesErrorCode.values(),
                        SamplingErrorCode.values(),
                        LabErrorCode.values())
                .flatMap(Arrays::stream)
                .map(ErrorCode::messageKey)
                .forEach(key -> {
                    assertThat(english).as(key).containsKey(key);
                    assertThat(chinese).as(key).containsKey(key);
                });
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
