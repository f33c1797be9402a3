package org.healthcode.codes.format;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;
import org.healthcode.codes.CardSerial;
import org.healthcode.codes.CodeKind;
import org.healthcode.codes.Colour;
import org.healthcode.codes.HealthCode;
import org.healthcode.codes.NegativeWithin;
import org.healthcode.codes.RegionCode;
import org.healthcode.codes.SubjectToken;
import org.healthcode.codes.TestRecency;
import org.healthcode.codes.TestResult;

/**
 * The claims of a {@link HealthCode} as a CBOR map with the integer keys of {@link ClaimKey}, written in key order
 * with the shortest integer encodings. Reading is strict: any other key, type or value is a shape error.
 */
final class ClaimsCbor {

    private static final long LAST_EPOCH_SECOND = 253_402_300_799L;

    private ClaimsCbor() {}

    static byte[] write(HealthCode code) {
        CBORObject map = CBORObject.NewOrderedMap();
        map.Add(ClaimKey.REGION.key(), code.region().wire());
        map.Add(ClaimKey.SUBJECT.key(), code.subject().bytes());
        map.Add(ClaimKey.KIND.key(), code.kind().wire());
        code.colour().ifPresent(colour -> map.Add(ClaimKey.COLOUR.key(), colour.wire()));
        code.cardSerial().ifPresent(serial -> map.Add(ClaimKey.CARD_SERIAL.key(), serial.value()));
        map.Add(ClaimKey.ISSUED_AT.key(), code.issuedAt().getEpochSecond());
        map.Add(ClaimKey.EXPIRES_AT.key(), code.expiresAt().getEpochSecond());
        TestRecency recency = code.recency();
        recency.lastSampledAt().ifPresent(at -> map.Add(ClaimKey.LAST_SAMPLED_AT.key(), at.getEpochSecond()));
        recency.lastResult().ifPresent(result -> map.Add(ClaimKey.LAST_RESULT.key(), result.wire()));
        recency.negativeWithin().ifPresent(bucket -> map.Add(ClaimKey.NEGATIVE_WITHIN.key(), bucket.hours()));
        return map.EncodeToBytes();
    }

    /** The claims in this CBOR map; {@link IllegalArgumentException} if it has any other shape. */
    static HealthCode read(byte[] cbor) {
        CBORObject map = CBORObject.DecodeFromBytes(cbor);
        requireShape(map.getType() == CBORType.Map && !map.isTagged() && map.size() <= ClaimKey.values().length);
        for (CBORObject key : map.getKeys()) {
            requireShape(key.getType() == CBORType.Integer && !key.isTagged() && isKnownKey(key));
        }

        TestRecency recency = new TestRecency(
                optionalUnsigned(map, ClaimKey.LAST_SAMPLED_AT).map(ClaimsCbor::epochSecond),
                optionalUnsigned(map, ClaimKey.LAST_RESULT).map(wire -> known(wire, TestResult::fromWire)),
                optionalUnsigned(map, ClaimKey.NEGATIVE_WITHIN).map(wire -> known(wire, NegativeWithin::fromHours)));
        return new HealthCode(
                RegionCode.fromWire(unsigned(map, ClaimKey.REGION)),
                SubjectToken.of(byteString(map, ClaimKey.SUBJECT)),
                known(unsigned(map, ClaimKey.KIND), CodeKind::fromWire),
                optionalUnsigned(map, ClaimKey.COLOUR).map(wire -> known(wire, Colour::fromWire)),
                optionalUnsigned(map, ClaimKey.CARD_SERIAL).map(CardSerial::of),
                epochSecond(unsigned(map, ClaimKey.ISSUED_AT)),
                epochSecond(unsigned(map, ClaimKey.EXPIRES_AT)),
                recency);
    }

    private static boolean isKnownKey(CBORObject key) {
        if (!key.CanValueFitInInt64()) {
            return false;
        }
        long value = key.AsInt64Value();
        return value >= ClaimKey.REGION.key() && value <= ClaimKey.NEGATIVE_WITHIN.key();
    }

    private static long unsigned(CBORObject map, ClaimKey key) {
        return optionalUnsigned(map, key).orElseThrow(() -> new IllegalArgumentException("missing claim"));
    }

    private static Optional<Long> optionalUnsigned(CBORObject map, ClaimKey key) {
        CBORObject value = map.get(key.key());
        if (value == null) {
            return Optional.empty();
        }
        requireShape(value.getType() == CBORType.Integer && !value.isTagged() && value.CanValueFitInInt64());
        long number = value.AsInt64Value();
        requireShape(number >= 0);
        return Optional.of(number);
    }

    private static byte[] byteString(CBORObject map, ClaimKey key) {
        CBORObject value = map.get(key.key());
        requireShape(value != null && value.getType() == CBORType.ByteString && !value.isTagged());
        return value.GetByteString();
    }

    private static Instant epochSecond(long seconds) {
        requireShape(seconds <= LAST_EPOCH_SECOND);
        return Instant.ofEpochSecond(seconds);
    }

    private static <T> T known(long wire, LongFunction<Optional<T>> lookup) {
        return lookup.apply(wire).orElseThrow(() -> new IllegalArgumentException("unknown claim value"));
    }

    private static void requireShape(boolean condition) {
        if (!condition) {
            throw new IllegalArgumentException("claims of the wrong shape");
        }
    }
}
