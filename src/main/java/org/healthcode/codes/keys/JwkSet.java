package org.healthcode.codes.keys;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published code-signing keys of one region as a JSON Web Key Set (RFC 7517), the only thing an offline verifier
 * or another region needs. Besides {@code keys} the set names its {@code region}. Each key is
 * {@code {"kty":"EC","crv":"P-256","x","y","kid","alg":"ES256","use":"sig","x5c","nbf","exp"}}: {@code kid} is the
 * base64url {@link KeyId}, {@code x5c} the self-signed certificate, {@code nbf} the epoch second the key starts
 * signing and {@code exp}, present once a successor is scheduled, the epoch second it retires.
 */
public record JwkSet(String region, List<TrustedKey> keys) {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    /** Copies the key list. */
    public JwkSet {
        keys = List.copyOf(keys);
    }

    /** The keys of this set as a verifier's key lookup. */
    public TrustedKeys trustedKeys() {
        return TrustedKeys.of(keys);
    }

    /** The JSON published for this ring at this instant: every key not yet retired, with its certificate. */
    public static byte[] publish(String region, KeyRing ring, Instant now) {
        ObjectNode set = JSON.createObjectNode();
        set.put("region", region);
        var array = set.putArray("keys");
        for (TrustedKey key : ring.publishedAt(now)) {
            ObjectNode jwk = jwk(key);
            ring.keys().stream()
                    .filter(signing -> signing.id().equals(key.id()))
                    .findFirst()
                    .ifPresent(signing -> jwk.putArray("x5c").add(der(signing.certificate())));
            array.add(jwk);
        }
        return JSON.writeValueAsBytes(set);
    }

    /** One key as a JWK JSON object without certificate. */
    public static String toJwkJson(TrustedKey key) {
        return JSON.writeValueAsString(jwk(key));
    }

    /**
     * Reads a published set. Keys of a type this verifier does not use (not EC P-256 ES256 signing keys) are skipped;
     * a P-256 key that is malformed, off the curve or whose {@code kid} does not match it fails the whole set.
     */
    public static JwkSet parse(String json) {
        JsonNode root = readTree(json);
        if (!root.isObject() || !root.path("keys").isArray()) {
            throw new IllegalArgumentException("A JWK set is an object with a keys array");
        }
        List<TrustedKey> keys = new ArrayList<>();
        for (JsonNode jwk : root.path("keys").values()) {
            parseKey(jwk).ifPresent(keys::add);
        }
        return new JwkSet(root.path("region").asString(""), keys);
    }

    /** Reads one JWK; fails if it is not a valid EC P-256 ES256 signing key. */
    public static TrustedKey parseJwk(String json) {
        return parseKey(readTree(json))
                .orElseThrow(() -> new IllegalArgumentException("The JWK is not an EC P-256 ES256 signing key"));
    }

    private static ObjectNode jwk(TrustedKey key) {
        ObjectNode jwk = JSON.createObjectNode();
        jwk.put("kty", "EC");
        jwk.put("crv", "P-256");
        jwk.put("x", BASE64URL.encodeToString(P256.x(key.publicKey())));
        jwk.put("y", BASE64URL.encodeToString(P256.y(key.publicKey())));
        jwk.put("kid", key.id().toBase64Url());
        jwk.put("alg", "ES256");
        jwk.put("use", "sig");
        jwk.put("nbf", key.activeFrom().getEpochSecond());
        key.retiresAt().ifPresent(retires -> jwk.put("exp", retires.getEpochSecond()));
        return jwk;
    }

    private static Optional<TrustedKey> parseKey(JsonNode jwk) {
        if (!jwk.isObject() || !isUsableKind(jwk)) {
            return Optional.empty();
        }

        KeyId claimedId = KeyId.fromBase64Url(jwk.path("kid").asString(""));
        var publicKey = P256.publicKey(coordinate(jwk, "x"), coordinate(jwk, "y"));
        Instant activeFrom = Instant.ofEpochSecond(epochSecond(jwk, "nbf").orElse(0L));
        Optional<Instant> retiresAt = epochSecond(jwk, "exp").map(Instant::ofEpochSecond);
        return Optional.of(new TrustedKey(claimedId, publicKey, activeFrom, retiresAt));
    }

    private static boolean isUsableKind(JsonNode jwk) {
        return "EC".equals(jwk.path("kty").asString(""))
                && "P-256".equals(jwk.path("crv").asString(""))
                && "ES256".equals(jwk.path("alg").asString("ES256"))
                && "sig".equals(jwk.path("use").asString("sig"));
    }

    private static byte[] coordinate(JsonNode jwk, String name) {
        try {
            return BASE64URL_DECODER.decode(jwk.path(name).asString(""));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("The JWK coordinate " + name + " is not base64url");
        }
    }

    private static Optional<Long> epochSecond(JsonNode jwk, String name) {
        JsonNode value = jwk.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("The JWK field " + name + " is an epoch second");
        }
        return Optional.of(value.longValue());
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException notJson) {
            throw new IllegalArgumentException("The JWK set is not valid JSON");
        }
    }

    private static String der(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException impossible) {
            throw new IllegalStateException("A certificate we created cannot be encoded", impossible);
        }
    }
}
