package org.healthcode.codes.format;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.nio.ByteBuffer;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.UUID;
import java.util.zip.DataFormatException;
import nl.minvws.encoding.Base45;
import org.healthcode.codes.PlaceCode;
import org.healthcode.codes.PlaceCodeVariant;
import org.healthcode.codes.RegionCode;
import org.healthcode.codes.keys.KeyId;

/**
 * The text form of a venue's place code, version 1: {@code "HCP1:" + Base45(zlib(COSE_Sign1(CBOR place claims)))},
 * the health code's layers and signing keys with a prefix of its own, so that a place code is never mistaken for a
 * person's code nor the other way round. The claims map: 1 region (uint), 2 venue id (16-byte bstr), 3 variant (1
 * poster, 2 rotating), 4 issued at, 5 expires at (epoch seconds). See {@code docs/code-format.md}.
 */
public final class PlaceCodeFormat {

    /** The prefix of version 1 place codes. */
    public static final String PREFIX = "HCP1:";

    private static final int MAX_TEXT_CHARS = 512;
    private static final int MAX_INFLATED_BYTES = 1024;
    private static final int REGION = 1;
    private static final int VENUE = 2;
    private static final int VARIANT = 3;
    private static final int ISSUED_AT = 4;
    private static final int EXPIRES_AT = 5;

    private PlaceCodeFormat() {}

    /** A place code taken apart but not yet trusted: check {@link #isSignedBy} before reading its claims. */
    public record SignedPlaceCode(KeyId keyId, byte[] toBeSigned, byte[] signature, byte[] payload) {

        /** Whether the signature is valid for this public key. */
        public boolean isSignedBy(java.security.PublicKey key) {
            return Es256.verify(key, toBeSigned, signature);
        }

        /** The claims; {@link IllegalArgumentException} if the payload has the wrong shape. */
        public PlaceCode claims() {
            return read(payload);
        }
    }

    /** The text of these claims signed with this key. */
    public static String encode(PlaceCode claims, KeyId keyId, PrivateKey key) {
        byte[] payload = write(claims);
        byte[] protectedHeader = CoseSign1.protectedHeader(keyId);
        byte[] signature = Es256.sign(key, CoseSign1.toBeSigned(protectedHeader, payload));
        byte[] message = new CoseSign1(protectedHeader, keyId, payload, signature).encode();
        return PREFIX + Base45.getEncoder().encodeToString(Zlib.deflate(message));
    }

    /** Takes a text apart without trusting it; {@link IllegalArgumentException} for anything not a place code. */
    public static SignedPlaceCode decode(String text) {
        if (text == null || text.length() > MAX_TEXT_CHARS || !text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a place code");
        }
        try {
            byte[] compressed = Base45.getDecoder().decode(text.substring(PREFIX.length()));
            CoseSign1 message = CoseSign1.decode(Zlib.inflate(compressed, MAX_INFLATED_BYTES));
            return new SignedPlaceCode(message.keyId(), message.toBeSigned(), message.signature(), message.payload());
        } catch (DataFormatException | RuntimeException unreadable) {
            throw new IllegalArgumentException("not a place code", unreadable);
        }
    }

    private static byte[] write(PlaceCode claims) {
        ByteBuffer venue = ByteBuffer.allocate(16);
        venue.putLong(claims.venue().getMostSignificantBits())
                .putLong(claims.venue().getLeastSignificantBits());
        CBORObject map = CBORObject.NewOrderedMap();
        map.Add(REGION, claims.region().wire());
        map.Add(VENUE, venue.array());
        map.Add(VARIANT, claims.variant().wire());
        map.Add(ISSUED_AT, claims.issuedAt().getEpochSecond());
        map.Add(EXPIRES_AT, claims.expiresAt().getEpochSecond());
        return map.EncodeToBytes();
    }

    private static PlaceCode read(byte[] cbor) {
        CBORObject map = CBORObject.DecodeFromBytes(cbor);
        requireShape(map.getType() == CBORType.Map && !map.isTagged() && map.size() == 5);
        byte[] venue = map.get(VENUE).GetByteString();
        requireShape(venue.length == 16);
        ByteBuffer bytes = ByteBuffer.wrap(venue);
        return new PlaceCode(
                RegionCode.fromWire(unsigned(map, REGION)),
                new UUID(bytes.getLong(), bytes.getLong()),
                PlaceCodeVariant.fromWire(unsigned(map, VARIANT))
                        .orElseThrow(() -> new IllegalArgumentException("unknown variant")),
                Instant.ofEpochSecond(unsigned(map, ISSUED_AT)),
                Instant.ofEpochSecond(unsigned(map, EXPIRES_AT)));
    }

    private static long unsigned(CBORObject map, int key) {
        CBORObject value = map.get(key);
        requireShape(value != null && value.getType() == CBORType.Integer && !value.isTagged());
        requireShape(value.CanValueFitInInt64() && value.AsInt64Value() >= 0);
        return value.AsInt64Value();
    }

    private static void requireShape(boolean condition) {
        if (!condition) {
            throw new IllegalArgumentException("place code claims of the wrong shape");
        }
    }
}
