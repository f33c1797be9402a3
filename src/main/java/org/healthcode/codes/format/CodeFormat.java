package org.healthcode.codes.format;

import java.security.PrivateKey;
import java.util.zip.DataFormatException;
import nl.minvws.encoding.Base45;
import org.healthcode.codes.CodeRejection;
import org.healthcode.codes.HealthCode;
import org.healthcode.codes.keys.KeyId;
import org.healthcode.common.RejectedException;

/**
 * The text form of a health code, version 1: {@code "HCN1:" + Base45(zlib(COSE_Sign1(CBOR claims)))}. The prefix
 * names our format and its version; it deliberately differs from the EU certificate's {@code HC1:} so that no EU
 * verifier mistakes our codes for its own. Every character is in the QR alphanumeric set. See
 * {@code docs/code-format.md} for the byte-level description.
 */
public final class CodeFormat {

    /** The prefix of version 1 codes. */
    public static final String PREFIX = "HCN1:";

    /** The longest code text read; real codes have about 150 characters. */
    public static final int MAX_TEXT_CHARS = 1024;

    /** The largest inflated COSE message read; real messages have about 130 bytes. */
    public static final int MAX_INFLATED_BYTES = 4096;

    private CodeFormat() {}

    /** The code text of these claims, signed with this key. */
    public static String encode(HealthCode claims, KeyId keyId, PrivateKey key) {
        byte[] payload = ClaimsCbor.write(claims);
        byte[] protectedHeader = CoseSign1.protectedHeader(keyId);
        byte[] signature = Es256.sign(key, CoseSign1.toBeSigned(protectedHeader, payload));
        byte[] message = new CoseSign1(protectedHeader, keyId, payload, signature).encode();
        return PREFIX + Base45.getEncoder().encodeToString(Zlib.deflate(message));
    }

    /**
     * Takes a code text apart without trusting it. Throws a {@link RejectedException} with
     * {@link CodeRejection#UNKNOWN_VERSION} for another prefix or version and {@link CodeRejection#UNREADABLE} for
     * anything that is not a well-formed version 1 code; never anything else.
     */
    public static SignedCode decode(String text) {
        if (text == null || text.length() > MAX_TEXT_CHARS) {
            throw new RejectedException(CodeRejection.UNREADABLE);
        }
        if (!text.startsWith(PREFIX)) {
            throw new RejectedException(
                    looksLikeAnotherVersion(text) ? CodeRejection.UNKNOWN_VERSION : CodeRejection.UNREADABLE);
        }

        try {
            byte[] compressed = Base45.getDecoder().decode(text.substring(PREFIX.length()));
            byte[] message = Zlib.inflate(compressed, MAX_INFLATED_BYTES);
            return new SignedCode(CoseSign1.decode(message));
        } catch (DataFormatException | RuntimeException unreadable) {
            throw new RejectedException(CodeRejection.UNREADABLE);
        }
    }

    /** Whether the text starts with a prefix of our shape (2 to 8 capitals or digits, then a colon). */
    static boolean looksLikeAnotherVersion(String text) {
        int colon = text.indexOf(':');
        if (colon < 2 || colon > 8) {
            return false;
        }
        return text.substring(0, colon).chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
}
