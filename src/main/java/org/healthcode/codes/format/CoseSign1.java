package org.healthcode.codes.format;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import org.healthcode.codes.keys.KeyId;

/**
 * A COSE_Sign1 message (RFC 9052) as codes use it: tag 18 around
 * {@code [protected: bstr .cbor {1: -7, 4: kid}, unprotected: {}, payload: bstr, signature: bstr(64)]}. The algorithm
 * (ES256, -7) and the 8-byte key id both sit in the protected header, so both are covered by the signature; the
 * unprotected header must be empty. Reading is strict: any other shape is rejected.
 */
record CoseSign1(byte[] protectedHeader, KeyId keyId, byte[] payload, byte[] signature) {

    static final int TAG = 18;
    static final int HEADER_ALGORITHM = 1;
    static final int HEADER_KEY_ID = 4;
    static final int ES256 = -7;

    /** The protected header bytes naming ES256 and this key. */
    static byte[] protectedHeader(KeyId keyId) {
        CBORObject header = CBORObject.NewOrderedMap();
        header.Add(HEADER_ALGORITHM, ES256);
        header.Add(HEADER_KEY_ID, keyId.bytes());
        return header.EncodeToBytes();
    }

    /** The bytes the signature covers: the Sig_structure {@code ["Signature1", protected, h'', payload]}. */
    static byte[] toBeSigned(byte[] protectedHeader, byte[] payload) {
        CBORObject structure = CBORObject.NewArray();
        structure.Add("Signature1");
        structure.Add(protectedHeader);
        structure.Add(new byte[0]);
        structure.Add(payload);
        return structure.EncodeToBytes();
    }

    /** The bytes this message's signature covers. */
    byte[] toBeSigned() {
        return toBeSigned(protectedHeader, payload);
    }

    /** The tagged CBOR encoding of this message. */
    byte[] encode() {
        CBORObject message = CBORObject.NewArray();
        message.Add(protectedHeader);
        message.Add(CBORObject.NewMap());
        message.Add(payload);
        message.Add(signature);
        return CBORObject.FromObjectAndTag(message, TAG).EncodeToBytes();
    }

    /** The message in these bytes; {@link IllegalArgumentException} if it has any other shape. */
    static CoseSign1 decode(byte[] bytes) {
        CBORObject tagged = CBORObject.DecodeFromBytes(bytes);
        requireShape(tagged.HasMostOuterTag(TAG));
        CBORObject message = tagged.UntagOne();
        requireShape(!message.isTagged() && message.getType() == CBORType.Array && message.size() == 4);
        byte[] protectedHeader = byteString(message.get(0));
        requireShape(message.get(1).getType() == CBORType.Map && message.get(1).size() == 0);
        byte[] payload = byteString(message.get(2));
        byte[] signature = byteString(message.get(3));
        requireShape(signature.length == Es256.SIGNATURE_BYTES);
        return new CoseSign1(protectedHeader, keyIdIn(protectedHeader), payload, signature);
    }

    private static KeyId keyIdIn(byte[] protectedHeader) {
        CBORObject header = CBORObject.DecodeFromBytes(protectedHeader);
        requireShape(header.getType() == CBORType.Map && !header.isTagged() && header.size() == 2);
        CBORObject algorithm = header.get(HEADER_ALGORITHM);
        requireShape(algorithm != null && algorithm.getType() == CBORType.Integer && !algorithm.isTagged());
        requireShape(algorithm.CanValueFitInInt64() && algorithm.AsInt64Value() == ES256);
        return KeyId.fromBytes(byteString(header.get(HEADER_KEY_ID)));
    }

    private static byte[] byteString(CBORObject value) {
        requireShape(value != null && value.getType() == CBORType.ByteString && !value.isTagged());
        return value.GetByteString();
    }

    private static void requireShape(boolean condition) {
        if (!condition) {
            throw new IllegalArgumentException("COSE_Sign1 of the wrong shape");
        }
    }
}
