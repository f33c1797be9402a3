package org.healthcode.codes.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed X.509 certificates for code-signing keys. The certificate carries the key and its activation instant
 * ({@code notBefore}) so the PKCS#12 keystore holds everything about a key; trust still comes from the published key
 * set, not from the certificate.
 */
public final class SelfSignedCertificates {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SelfSignedCertificates() {}

    /** A certificate for this key pair, valid from {@code activeFrom} (whole seconds) until {@code notAfter}. */
    public static X509Certificate create(KeyPair keyPair, String region, Instant activeFrom, Instant notAfter) {
        KeyId id = KeyId.of(keyPair.getPublic());
        X500Name name = new X500Name("CN=Health code signer " + id.toHex() + ",L=" + region + ",O=healthcode");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                new BigInteger(63, RANDOM),
                Date.from(activeFrom),
                Date.from(notAfter),
                name,
                keyPair.getPublic());
        try {
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException | GeneralSecurityException failure) {
            throw new IllegalStateException("Could not create a code-signing certificate", failure);
        }
    }
}
