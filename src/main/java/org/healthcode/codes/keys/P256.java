package org.healthcode.codes.keys;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.util.Arrays;

/** The NIST P-256 curve (secp256r1) that every code-signing key uses: key generation and public-point handling. */
public final class P256 {

    /** The length of one coordinate in bytes. */
    public static final int COORDINATE_BYTES = 32;

    private static final ECParameterSpec PARAMETERS = parameters();

    private P256() {}

    /** A fresh P-256 key pair from the platform's strong random source. */
    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException unsupported) {
            throw new IllegalStateException("This Java runtime cannot create P-256 keys", unsupported);
        }
    }

    /** Whether this public key lies on P-256. */
    public static boolean isP256(ECPublicKey key) {
        return key.getParams().getCurve().equals(PARAMETERS.getCurve())
                && key.getParams().getGenerator().equals(PARAMETERS.getGenerator());
    }

    /** The public key with these big-endian 32-byte coordinates; fails if the point is not on the curve. */
    public static ECPublicKey publicKey(byte[] x, byte[] y) {
        if (x.length != COORDINATE_BYTES || y.length != COORDINATE_BYTES) {
            throw new IllegalArgumentException("A P-256 coordinate has 32 bytes");
        }
        ECPoint point = new ECPoint(new BigInteger(1, x), new BigInteger(1, y));
        if (!isOnCurve(point)) {
            throw new IllegalArgumentException("The point is not on P-256");
        }
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, PARAMETERS));
        } catch (GeneralSecurityException invalid) {
            throw new IllegalArgumentException("The point is not a valid P-256 public key");
        }
    }

    /** The x coordinate as 32 big-endian bytes. */
    public static byte[] x(ECPublicKey key) {
        return unsigned(key.getW().getAffineX());
    }

    /** The y coordinate as 32 big-endian bytes. */
    public static byte[] y(ECPublicKey key) {
        return unsigned(key.getW().getAffineY());
    }

    private static boolean isOnCurve(ECPoint point) {
        EllipticCurve curve = PARAMETERS.getCurve();
        BigInteger p = ((java.security.spec.ECFieldFp) curve.getField()).getP();
        BigInteger x = point.getAffineX();
        BigInteger y = point.getAffineY();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(p);
        BigInteger right =
                x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
        return left.equals(right);
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] raw = value.toByteArray();
        if (raw.length == COORDINATE_BYTES) {
            return raw;
        }
        if (raw.length > COORDINATE_BYTES) {
            return Arrays.copyOfRange(raw, raw.length - COORDINATE_BYTES, raw.length);
        }
        byte[] padded = new byte[COORDINATE_BYTES];
        System.arraycopy(raw, 0, padded, COORDINATE_BYTES - raw.length, raw.length);
        return padded;
    }

    private static ECParameterSpec parameters() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException unsupported) {
            throw new IllegalStateException("This Java runtime does not know P-256", unsupported);
        }
    }
}
