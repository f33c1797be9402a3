package org.healthcode.codes.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.healthcode.codes.CodesProperties;
import org.healthcode.codes.keys.JwkSet;
import org.healthcode.codes.keys.KeyRotation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the region's code-signing public keys as a JWK set at {@value #PATH}, for offline checkpoints and other
 * regions. Public by design: it holds public keys only. Responses carry a strong ETag (a digest of the body) and may
 * be cached for an hour; a matching {@code If-None-Match} gets 304.
 */
@RestController
class PublishedKeysController {

    /** Where the key set is published. */
    public static final String PATH = "/.well-known/healthcode/keys";

    /** The media type of a JWK set (RFC 7517). */
    public static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");

    private static final CacheControl CACHING =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final KeyRotation keys;
    private final String region;
    private final Clock clock;

    /** A controller publishing the keys of this rotation for the configured region. */
    @Autowired
    public PublishedKeysController(KeyRotation keys, CodesProperties properties, ObjectProvider<Clock> clock) {
        this(keys, properties.issuingRegion(), clock.getIfAvailable(Clock::systemUTC));
    }

    /** A controller publishing the keys of this rotation for this region. */
    public PublishedKeysController(KeyRotation keys, String region, Clock clock) {
        this.keys = keys;
        this.region = region;
        this.clock = clock;
    }

    /** The key set, or 304 if the client already holds this version. */
    @GetMapping(PATH)
    public ResponseEntity<byte[]> keySet(
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        byte[] body = JwkSet.publish(region, keys.get(), clock.instant());
        String etag = "\"" + digest(body) + "\"";
        if (matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(CACHING)
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(CACHING)
                .contentType(JWK_SET)
                .body(body);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return ifNoneMatch.strip().equals("*")
                || Arrays.stream(ifNoneMatch.split(",")).map(String::strip).anyMatch(etag::equals);
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
