package org.healthcode.codes.format;

import com.upokecenter.cbor.CBORObject;
import java.security.PrivateKey;
import java.util.HexFormat;
import java.util.zip.DataFormatException;
import nl.minvws.encoding.Base45;
import org.healthcode.codes.keys.KeyId;

/** Takes code texts apart and builds deliberately broken ones, for tests and the test-vector generator. */
public final class CodeLayers {

    private CodeLayers() {}

    /** The COSE_Sign1 bytes inside a version 1 code text. */
    public static byte[] cose(String text) {
        try {
            return Zlib.inflate(Base45.getDecoder().decode(text.substring(CodeFormat.PREFIX.length())), 1 << 20);
        } catch (DataFormatException broken) {
            throw new IllegalArgumentException(broken);
        }
    }

    /** The zlib bytes inside a version 1 code text. */
    public static byte[] zlib(String text) {
        return Base45.getDecoder().decode(text.substring(CodeFormat.PREFIX.length()));
    }

    /** The CBOR claims inside a version 1 code text. */
    public static byte[] claims(String text) {
        return CoseSign1.decode(cose(text)).payload();
    }

    /** The protected header inside a version 1 code text. */
    public static byte[] protectedHeader(String text) {
        return CoseSign1.decode(cose(text)).protectedHeader();
    }

    /** The Sig_structure a code's signature covers. */
    public static byte[] toBeSigned(String text) {
        return CoseSign1.decode(cose(text)).toBeSigned();
    }

    /** A code text around these COSE bytes. */
    public static String wrap(byte[] cose) {
        return CodeFormat.PREFIX + Base45.getEncoder().encodeToString(Zlib.deflate(cose));
    }

    /** A code text around these zlib bytes. */
    public static String wrapCompressed(byte[] zlib) {
        return CodeFormat.PREFIX + Base45.getEncoder().encodeToString(zlib);
    }

    /** The same code with one claim replaced but the original signature kept. */
    public static String withClaim(String text, int claimKey, Object value) {
        CoseSign1 original = CoseSign1.decode(cose(text));
        CBORObject claims = CBORObject.DecodeFromBytes(original.payload());
        claims.Set(claimKey, value);
        CoseSign1 tampered = new CoseSign1(
                original.protectedHeader(), original.keyId(), claims.EncodeToBytes(), original.signature());
        return wrap(tampered.encode());
    }

    /** A correctly signed code around an arbitrary payload, for shape tests. */
    public static String signedPayload(byte[] payload, KeyId keyId, PrivateKey key) {
        byte[] header = CoseSign1.protectedHeader(keyId);
        byte[] signature = Es256.sign(key, CoseSign1.toBeSigned(header, payload));
        return wrap(new CoseSign1(header, keyId, payload, signature).encode());
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
