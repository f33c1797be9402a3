package org.healthcode.codes.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.healthcode.codes.CodeFixtures;
import org.healthcode.codes.CodeIssuer;
import org.healthcode.codes.Colour;
import org.healthcode.codes.HealthCode;
import org.healthcode.codes.IssuedCode;
import org.healthcode.codes.MovableClock;
import org.healthcode.codes.TestRecency;
import org.healthcode.codes.keys.JwkSet;
import org.healthcode.codes.keys.KeyRing;
import org.healthcode.codes.keys.SigningKey;
import org.healthcode.codes.keys.TrustedKey;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the test vectors in {@code src/test/resources/code-vectors/}: one JSON file per case with the code text, the
 * public JWK to verify it with, the instant to verify at, the clock tolerance and the expected result. Run
 * {@link #main(String[])} from the project directory to regenerate them; keys are fresh on every run.
 */
public final class CodeVectors {

    public static final Instant ISSUED_AT = Instant.parse("2026-03-01T08:00:00Z");
    public static final int TOLERANCE_SECONDS = 30;
    public static final List<String> NAMES = List.of("valid", "expired", "tampered", "wrong-key", "unknown-version");

    private static final JsonMapper JSON = JsonMapper.shared();

    private CodeVectors() {}

    public static void main(String[] args) throws IOException {
        generate(Path.of(args.length > 0 ? args[0] : "src/test/resources/code-vectors"));
    }

    /** Writes every vector into this directory. */
    public static void generate(Path directory) throws IOException {
        Files.createDirectories(directory);
        SigningKey key = CodeFixtures.aSigningKey(ISSUED_AT.minus(Duration.ofDays(1)));
        SigningKey stranger = CodeFixtures.aSigningKey(ISSUED_AT.minus(Duration.ofDays(1)));
        KeyRing ring = CodeFixtures.aRing(key);
        IssuedCode valid = issuer(ring)
                .issueScreen(CodeFixtures.aSubject(), Colour.GREEN, CodeFixtures.negativeYesterday(ISSUED_AT));
        IssuedCode foreign = issuer(CodeFixtures.aRing(stranger))
                .issueScreen(CodeFixtures.aSubject(), Colour.GREEN, TestRecency.NONE);
        TrustedKey published = ring.find(key.id()).orElseThrow();
        Instant during = ISSUED_AT.plusSeconds(10);

        ObjectNode validVector =
                vector("A fresh screen code", valid.text(), published, during, accepted(valid.claims()));
        validVector.set("layers", layers(valid.text()));
        write(directory, "valid", validVector);
        write(
                directory,
                "expired",
                vector(
                        "Checked after expiry plus tolerance",
                        valid.text(),
                        published,
                        valid.claims().expiresAt().plusSeconds(TOLERANCE_SECONDS + 1),
                        rejected("expired")));
        write(
                directory,
                "tampered",
                vector(
                        "Colour changed from green to red after signing",
                        CodeLayers.withClaim(valid.text(), ClaimKey.COLOUR.key(), Colour.RED.wire()),
                        published,
                        during,
                        rejected("bad-signature")));
        write(
                directory,
                "wrong-key",
                vector(
                        "Signed by a key that is not in the trusted set",
                        foreign.text(),
                        published,
                        during,
                        rejected("unknown-key")));
        write(
                directory,
                "unknown-version",
                vector(
                        "Version 2 prefix",
                        "HCN2:" + valid.text().substring(5),
                        published,
                        during,
                        rejected("unknown-version")));
    }

    /** The expected claims of an accepted code, as written in the vectors. */
    public static ObjectNode claimsJson(HealthCode claims) {
        ObjectNode node = JSON.createObjectNode();
        node.put("region", claims.region().value());
        node.put("subject", claims.subject().toBase64Url());
        node.put("kind", claims.kind().name());
        claims.colour().ifPresent(colour -> node.put("colour", colour.name()));
        claims.cardSerial().ifPresent(serial -> node.put("cardSerial", serial.value()));
        node.put("issuedAt", claims.issuedAt().getEpochSecond());
        node.put("expiresAt", claims.expiresAt().getEpochSecond());
        claims.recency().lastSampledAt().ifPresent(at -> node.put("lastSampledAt", at.getEpochSecond()));
        claims.recency().lastResult().ifPresent(result -> node.put("lastResult", result.name()));
        claims.recency().negativeWithin().ifPresent(bucket -> node.put("negativeWithinHours", bucket.hours()));
        return node;
    }

    private static CodeIssuer issuer(KeyRing ring) {
        return CodeFixtures.anIssuer(ring, new MovableClock(ISSUED_AT));
    }

    private static ObjectNode vector(
            String description, String code, TrustedKey key, Instant validationClock, ObjectNode expected) {
        ObjectNode vector = JSON.createObjectNode();
        vector.put("description", description);
        vector.put("code", code);
        vector.set("jwk", JSON.readTree(JwkSet.toJwkJson(key)));
        vector.put("validationClock", validationClock.toString());
        vector.put("clockToleranceSeconds", TOLERANCE_SECONDS);
        vector.set("expected", expected);
        return vector;
    }

    private static ObjectNode accepted(HealthCode claims) {
        ObjectNode expected = JSON.createObjectNode();
        expected.put("result", "accepted");
        expected.set("claims", claimsJson(claims));
        return expected;
    }

    private static ObjectNode rejected(String reason) {
        ObjectNode expected = JSON.createObjectNode();
        expected.put("result", "rejected");
        expected.put("reason", reason);
        return expected;
    }

    private static ObjectNode layers(String text) {
        ObjectNode layers = JSON.createObjectNode();
        layers.put("zlibHex", CodeLayers.hex(CodeLayers.zlib(text)));
        layers.put("coseSign1Hex", CodeLayers.hex(CodeLayers.cose(text)));
        layers.put("protectedHeaderHex", CodeLayers.hex(CodeLayers.protectedHeader(text)));
        layers.put("claimsHex", CodeLayers.hex(CodeLayers.claims(text)));
        layers.put("sigStructureHex", CodeLayers.hex(CodeLayers.toBeSigned(text)));
        return layers;
    }

    private static void write(Path directory, String name, ObjectNode vector) throws IOException {
        Files.writeString(
                directory.resolve(name + ".json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(vector) + "\n");
    }
}
