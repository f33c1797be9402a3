package org.healthcode.codes.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthcode.codes.CodeFixtures.aRing;
import static org.healthcode.codes.CodeFixtures.aSigningKey;
import static org.healthcode.codes.CodeFixtures.aSubject;
import static org.healthcode.codes.CodeFixtures.anIssuer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.healthcode.codes.CodeVerifier;
import org.healthcode.codes.Colour;
import org.healthcode.codes.IssuedCode;
import org.healthcode.codes.MovableClock;
import org.healthcode.codes.TestRecency;
import org.junit.jupiter.api.Test;

class JwkSetTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final KeyRing ring = aRing(aSigningKey(START), aSigningKey(START.plus(Duration.ofDays(90))));

    @Test
    void an_offline_verifier_holding_only_the_published_json_accepts_a_fresh_code() {
        IssuedCode issued = anIssuer(ring, clock).issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE);
        String published = new String(JwkSet.publish("310000", ring, START), StandardCharsets.UTF_8);

        JwkSet parsed = JwkSet.parse(published);
        CodeVerifier offline = new CodeVerifier(parsed.trustedKeys(), Duration.ofSeconds(30), clock);

        assertThat(parsed.region()).isEqualTo("310000");
        assertThat(parsed.keys()).hasSize(2);
        assertThat(offline.claimsOrThrow(issued.text())).isEqualTo(issued.claims());
    }

    @Test
    void a_published_key_names_its_curve_algorithm_certificate_and_validity() {
        String published = new String(JwkSet.publish("310000", ring, START), StandardCharsets.UTF_8);

        assertThat(published)
                .contains("\"kty\":\"EC\"", "\"crv\":\"P-256\"", "\"alg\":\"ES256\"", "\"use\":\"sig\"", "\"x5c\":[")
                .contains("\"nbf\":" + START.getEpochSecond())
                .contains("\"exp\":"
                        + START.plus(Duration.ofDays(90))
                                .plus(Duration.ofDays(365))
                                .plusSeconds(30)
                                .getEpochSecond());
    }

    @Test
    void a_jwk_whose_kid_does_not_match_its_key_is_refused() {
        TrustedKey key = ring.find(ring.keys().get(0).id()).orElseThrow();
        String other = ring.keys().get(1).id().toBase64Url();
        String json = JwkSet.toJwkJson(key).replace(key.id().toBase64Url(), other);

        assertThatThrownBy(() -> JwkSet.parseJwk(json)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_jwk_whose_point_is_not_on_the_curve_is_refused() {
        TrustedKey key = ring.find(ring.keys().get(0).id()).orElseThrow();
        String json = JwkSet.toJwkJson(key).replaceFirst("\"y\":\"(.)", "\"y\":\"" + "A");
        String offCurve = json.equals(JwkSet.toJwkJson(key)) ? json.replaceFirst("\"y\":\"A", "\"y\":\"B") : json;

        assertThatThrownBy(() -> JwkSet.parseJwk(offCurve)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keys_of_other_types_are_skipped_and_broken_json_is_refused() {
        JwkSet set = JwkSet.parse("{\"keys\":[{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}");

        assertThat(set.keys()).isEmpty();
        assertThatThrownBy(() -> JwkSet.parse("{not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
