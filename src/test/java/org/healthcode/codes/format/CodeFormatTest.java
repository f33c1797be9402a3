package org.healthcode.codes.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthcode.codes.CodeFixtures.aRing;
import static org.healthcode.codes.CodeFixtures.aSigningKey;
import static org.healthcode.codes.CodeFixtures.aSubject;
import static org.healthcode.codes.CodeFixtures.aVerifier;
import static org.healthcode.codes.CodeFixtures.anIssuer;

import com.upokecenter.cbor.CBORObject;
import java.time.Instant;
import java.util.zip.Deflater;
import org.healthcode.codes.CodeRejection;
import org.healthcode.codes.CodeVerifier;
import org.healthcode.codes.Colour;
import org.healthcode.codes.MovableClock;
import org.healthcode.codes.TestRecency;
import org.healthcode.codes.Verification;
import org.healthcode.codes.keys.KeyRing;
import org.healthcode.codes.keys.SigningKey;
import org.junit.jupiter.api.Test;

class CodeFormatTest {

    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final SigningKey key = aSigningKey(START);
    private final KeyRing ring = aRing(key);
    private final CodeVerifier verifier = aVerifier(ring, clock);
    private final String code = anIssuer(ring, clock)
            .issueScreen(aSubject(), Colour.GREEN, TestRecency.NONE)
            .text();

    @Test
    void a_code_whose_colour_was_changed_after_signing_has_a_bad_signature() {
        String tampered = CodeLayers.withClaim(code, ClaimKey.COLOUR.key(), Colour.RED.wire());

        assertThat(verifier.verify(tampered)).isEqualTo(rejected(CodeRejection.BAD_SIGNATURE));
    }

    @Test
    void a_correctly_signed_payload_of_the_wrong_shape_is_unreadable() {
        CBORObject claims = CBORObject.DecodeFromBytes(CodeLayers.claims(code));
        claims.Add(11, 1);
        String unknownClaim = CodeLayers.signedPayload(claims.EncodeToBytes(), key.id(), key.privateKey());
        String notAMap = CodeLayers.signedPayload(new byte[] {0x01}, key.id(), key.privateKey());

        assertThat(verifier.verify(unknownClaim)).isEqualTo(rejected(CodeRejection.UNREADABLE));
        assertThat(verifier.verify(notAMap)).isEqualTo(rejected(CodeRejection.UNREADABLE));
    }

    @Test
    void a_cose_message_without_its_tag_or_with_a_foreign_algorithm_is_unreadable() {
        CBORObject untagged = CBORObject.DecodeFromBytes(CodeLayers.cose(code)).UntagOne();
        CBORObject header = CBORObject.NewOrderedMap();
        header.Add(1, -35);
        header.Add(4, key.id().bytes());
        CBORObject foreign = CBORObject.DecodeFromBytes(CodeLayers.cose(code));
        foreign.UntagOne().set(0, CBORObject.FromObject(header.EncodeToBytes()));

        assertThat(verifier.verify(CodeLayers.wrap(untagged.EncodeToBytes())))
                .isEqualTo(rejected(CodeRejection.UNREADABLE));
        assertThat(verifier.verify(CodeLayers.wrap(foreign.EncodeToBytes())))
                .isEqualTo(rejected(CodeRejection.UNREADABLE));
    }

    @Test
    void a_stream_that_is_not_zlib_is_unreadable() {
        assertThat(verifier.verify(CodeLayers.wrapCompressed(new byte[] {1, 2, 3, 4, 5})))
                .isEqualTo(rejected(CodeRejection.UNREADABLE));
    }

    @Test
    void a_decompression_bomb_is_unreadable_without_inflating_it_all() {
        byte[] zeros = new byte[600 * 1024];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(zeros);
        deflater.finish();
        byte[] bomb = new byte[64 * 1024];
        int length = deflater.deflate(bomb);
        deflater.end();

        String text = CodeLayers.wrapCompressed(java.util.Arrays.copyOf(bomb, length));

        assertThat(text.length()).isLessThanOrEqualTo(CodeFormat.MAX_TEXT_CHARS);
        assertThat(verifier.verify(text)).isEqualTo(rejected(CodeRejection.UNREADABLE));
    }

    @Test
    void a_code_with_trailing_bytes_after_the_zlib_stream_is_unreadable() {
        byte[] zlib = CodeLayers.zlib(code);
        byte[] padded = java.util.Arrays.copyOf(zlib, zlib.length + 1);

        assertThat(verifier.verify(CodeLayers.wrapCompressed(padded))).isEqualTo(rejected(CodeRejection.UNREADABLE));
    }

    private static Verification rejected(CodeRejection reason) {
        return Verification.rejected(reason);
    }
}
