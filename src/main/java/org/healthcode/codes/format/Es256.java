package org.healthcode.codes.format;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/**
 * ES256 (ECDSA on P-256 with SHA-256) with the signature as raw {@code r || s}, 64 bytes, as COSE requires. The JDK's
 * {@code SHA256withECDSAinP1363Format} produces that form directly, so no DER conversion is needed. The provider is
 * looked up once.
 */
public final class Es256 {

    /** The JCA algorithm name. */
    public static final String ALGORITHM = "SHA256withECDSAinP1363Format";

    /** The length of an ES256 signature in bytes. */
    public static final int SIGNATURE_BYTES = 64;

    private static final Provider PROVIDER = provider();

    private Es256() {}

    /** The signature of {@code data} with this private key. */
    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM, PROVIDER);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Could not sign with the code-signing key", failure);
        }
    }

    /** Whether {@code signature} is a valid signature of {@code data} by this public key. */
    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        if (signature.length != SIGNATURE_BYTES) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM, PROVIDER);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (InvalidKeyException | SignatureException invalid) {
            return false;
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("This Java runtime has no " + ALGORITHM, impossible);
        }
    }

    private static Provider provider() {
        try {
            return Signature.getInstance(ALGORITHM).getProvider();
        } catch (NoSuchAlgorithmException unsupported) {
            throw new IllegalStateException("This Java runtime has no " + ALGORITHM, unsupported);
        }
    }
}
