package org.healthcode.codes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import org.healthcode.codes.keys.KeyId;

/**
 * The code texts whose signature this server made or has already checked, each remembered by the SHA-256 of its exact
 * text with the id of the key that signed it. A code seen again needs no second signature check, only the other
 * checks: is its key still trusted, is it within its validity. A text not remembered (evicted, or from before a
 * restart, or signed on another node) is checked in full, so forgetting costs time and never trust.
 *
 * <p>Only this server's memory holds it; offline checkpoints and other regions verify every signature.
 */
final class VerifiedCodes {

    private static final VerifiedCodes NONE = new VerifiedCodes(null);

    private final Cache<Digest, KeyId> texts;

    private VerifiedCodes(Cache<Digest, KeyId> texts) {
        this.texts = texts;
    }

    /** A memory of at most {@code entries} texts, each forgotten {@code time} after it was remembered. */
    static VerifiedCodes holding(long entries, Duration time) {
        if (entries == 0) {
            return NONE;
        }
        return new VerifiedCodes(Caffeine.newBuilder()
                .maximumSize(entries)
                .expireAfterWrite(time)
                .build());
    }

    /** A memory that remembers nothing: every signature is checked. */
    static VerifiedCodes none() {
        return NONE;
    }

    /** Remembers that this text carries a valid signature by this key. */
    void remember(String text, KeyId key) {
        if (texts != null) {
            texts.put(Digest.of(text), key);
        }
    }

    /** Whether this exact text was remembered as signed by this key. */
    boolean signedBy(String text, KeyId key) {
        return texts != null && key.equals(texts.getIfPresent(Digest.of(text)));
    }

    /** A SHA-256 digest as four longs: compact, and compared by value. */
    private record Digest(long first, long second, long third, long fourth) {

        static Digest of(String text) {
            ByteBuffer hash = ByteBuffer.wrap(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
            return new Digest(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException missing) {
                throw new IllegalStateException("Every Java platform has SHA-256", missing);
            }
        }
    }
}
