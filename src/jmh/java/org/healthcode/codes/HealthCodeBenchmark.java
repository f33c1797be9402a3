package org.healthcode.codes;

import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.healthcode.codes.keys.KeyId;
import org.healthcode.codes.keys.KeyRing;
import org.healthcode.codes.keys.P256;
import org.healthcode.codes.keys.SelfSignedCertificates;
import org.healthcode.codes.keys.SigningKey;
import org.healthcode.codes.qr.QrRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue, render and verify a health code, each beside the raw JDK ES256 operation on the same Sig_structure bytes, so
 * the overhead of our format is a ratio measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HealthCodeBenchmark {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private KeyPair pair;
    private CodeIssuer issuer;
    private CodeVerifier verifier;
    private QrRenderer renderer;
    private SubjectToken subject;
    private TestRecency recency;
    private String code;
    private byte[] toBeSigned;
    private byte[] signature;

    @Setup
    public void setUp() throws Exception {
        pair = P256.generateKeyPair();
        SigningKey key = new SigningKey(
                KeyId.of(pair.getPublic()),
                pair.getPrivate(),
                SelfSignedCertificates.create(pair, "310000", NOW.minusSeconds(60), NOW.plus(Duration.ofDays(400))));
        KeyRing ring = KeyRing.of(List.of(key), Duration.ofDays(366));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        issuer = new CodeIssuer(() -> ring, RegionCode.of("310000"), Duration.ofSeconds(60), Duration.ofDays(365), clock);
        verifier = new CodeVerifier(ring, Duration.ofSeconds(30), clock);
        renderer = new QrRenderer();
        subject = SubjectToken.of(new byte[16]);
        recency = TestRecency.sampled(NOW.minus(Duration.ofHours(20)), TestResult.NEGATIVE, NegativeWithin.HOURS_24);
        code = issuer.issueScreen(subject, Colour.GREEN, recency).text();
        toBeSigned = org.healthcode.codes.format.CodeFormatAccess.toBeSigned(code);
        signature = rawSign();
    }

    @Benchmark
    public byte[] rawSign() throws Exception {
        Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
        signer.initSign(pair.getPrivate());
        signer.update(toBeSigned);
        return signer.sign();
    }

    @Benchmark
    public String issue() {
        return issuer.issueScreen(subject, Colour.GREEN, recency).text();
    }

    @Benchmark
    public boolean rawVerify() throws Exception {
        Signature checker = Signature.getInstance("SHA256withECDSAinP1363Format");
        checker.initVerify(pair.getPublic());
        checker.update(toBeSigned);
        return checker.verify(signature);
    }

    @Benchmark
    public Verification verify() {
        return verifier.verify(code);
    }

    @Benchmark
    public byte[] renderPng() {
        return renderer.png(code, 4);
    }

    @Benchmark
    public String renderSvg() {
        return renderer.svg(code);
    }
}
