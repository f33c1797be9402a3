package org.healthcode.codes.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.healthcode.codes.CodeVerifier;
import org.healthcode.codes.Verification;
import org.healthcode.codes.keys.JwkSet;
import org.healthcode.codes.keys.TrustedKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks the shipped test vectors the way a third party would: with only the JWK, the instant and the tolerance. */
class CodeVectorsTest {

    static final List<String> NAMES = CodeVectors.NAMES;

    @TempDir
    Path fresh;

    @ParameterizedTest
    @FieldSource("NAMES")
    void each_shipped_vector_gives_its_expected_result(String name) throws IOException {
        JsonNode vector = JsonMapper.shared()
                .readTree(Path.of("src/test/resources/code-vectors", name + ".json")
                        .toFile());

        assertThat(outcome(vector)).isEqualTo(vector.get("expected"));
    }

    @Test
    void freshly_generated_vectors_give_their_expected_results() throws IOException {
        CodeVectors.generate(fresh);

        for (String name : NAMES) {
            JsonNode vector = JsonMapper.shared().readTree(Files.readString(fresh.resolve(name + ".json")));
            assertThat(outcome(vector)).as(name).isEqualTo(vector.get("expected"));
        }
    }

    private static JsonNode outcome(JsonNode vector) {
        TrustedKeys keys =
                TrustedKeys.of(List.of(JwkSet.parseJwk(vector.get("jwk").toString())));
        Clock clock = Clock.fixed(Instant.parse(vector.get("validationClock").asString()), ZoneOffset.UTC);
        Duration tolerance =
                Duration.ofSeconds(vector.get("clockToleranceSeconds").asLong());

        Verification verification = new CodeVerifier(keys, tolerance, clock)
                .verify(vector.get("code").asString());

        var result = JsonMapper.shared().createObjectNode();
        if (verification instanceof Verification.Accepted accepted) {
            result.put("result", "accepted");
            result.set("claims", CodeVectors.claimsJson(accepted.claims()));
        } else {
            result.put("result", "rejected");
            result.put("reason", ((Verification.Rejected) verification).reason().code());
        }
        return JsonMapper.shared().readTree(result.toString());
    }
}
