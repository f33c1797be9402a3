package org.healthcode.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data for storage with AES-256-GCM, bound to the place it is stored.
 *
 * <h2>Layout</h2>
 *
 * A ciphertext is {@code version (1 byte, 1) | key-id length (1 byte) | key id (ASCII) | nonce (12 random bytes) |
 * AES-GCM output (ciphertext and 16-byte tag)}. The associated data is the header (version, length, key id)
 * followed by the UTF-8 context, so neither the key id nor the context can be changed without the tag failing.
 *
 * <h2>Context</h2>
 *
 * Every call takes a context naming where the value lives, such as {@code resident.id_number}; there is no variant
 * without one. A ciphertext copied into another column, or read with another context, fails to decrypt instead of
 * showing one person's phone number as another's ID number.
 *
 * <h2>Rotating the data key</h2>
 *
 * <ol>
 *   <li>Generate 32 random bytes, for example {@code openssl rand -base64 32}, and add them under a new id in
 *       {@code healthcode.privacy.data-keys.<id>}; keep the old keys.
 *   <li>Set {@code healthcode.privacy.active-data-key} to the new id and restart. New values are written with the new
 *       key; old ciphertexts still decrypt, because the key id travels in each ciphertext.
 *   <li>Re-encrypt the stored values: an administrator calls {@code POST /api/admin/privacy/reencryption}
 *       ({@link Reencryption}), which rewrites every registered {@link EncryptedColumn} still under an old key.
 *   <li>When no ciphertext names the old id any more, remove the old key from the configuration.
 * </ol>
 *
 * Rotate well before one key has encrypted about 2<sup>32</sup> values: nonces are random, and beyond that the chance
 * of a repeated nonce stops being negligible. The look-up key of {@link LookupHasher} is a different matter: changing
 * it changes every hash, so it is not rotated this way.
 */
@Component
public class PersonalDataCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final PrivacyKeys keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PrivacyKeys keys) {
        this.keys = keys;
    }

    /** Encrypts a value under the active key, bound to the context it is stored in. */
    public byte[] encrypt(String plaintext, String context) {
        byte[] header = header(keys.activeKeyIdBytes());
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);

        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.activeDataKey(), nonce, header, context, utf8(plaintext));
        return ByteBuffer.allocate(header.length + NONCE_BYTES + sealed.length)
                .put(header)
                .put(nonce)
                .put(sealed)
                .array();
    }

    /**
     * Decrypts a value written by {@link #encrypt(String, String)} with the same context.
     *
     * @throws PersonalDataUnreadableException when the bytes were altered, the context differs or the key is gone
     */
    public String decrypt(byte[] ciphertext, String context) {
        Envelope envelope = Envelope.read(ciphertext);
        SecretKey key = keys.dataKey(envelope.keyId())
                .orElseThrow(
                        () -> new PersonalDataUnreadableException(PersonalDataUnreadableException.Reason.UNKNOWN_KEY));

        byte[] plaintext =
                run(Cipher.DECRYPT_MODE, key, envelope.nonce(), envelope.header(), context, envelope.sealed());
        return new String(plaintext, StandardCharsets.UTF_8);
    }

    /** Whether the value was written with another key than the active one, and should be re-encrypted. */
    public boolean needsReencryption(byte[] ciphertext) {
        return !Envelope.read(ciphertext).keyId().equals(keys.activeKeyId());
    }

    /** The id of the key new values are encrypted with. */
    public String activeKeyId() {
        return keys.activeKeyId();
    }

    /** The same value, with the same context, encrypted under the active key and a fresh nonce. */
    public byte[] reencrypt(byte[] ciphertext, String context) {
        return encrypt(decrypt(ciphertext, context), context);
    }

    private static byte[] header(byte[] keyId) {
        return ByteBuffer.allocate(2 + keyId.length)
                .put(VERSION)
                .put((byte) keyId.length)
                .put(keyId)
                .array();
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, byte[] header, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(utf8(context));
            return cipher.doFinal(input);
        } catch (AEADBadTagException altered) {
            throw new PersonalDataUnreadableException(PersonalDataUnreadableException.Reason.AUTHENTICATION_FAILED);
        } catch (GeneralSecurityException broken) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", broken);
        }
    }

    private static byte[] utf8(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Nothing to encrypt or no context given");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The parts of a stored ciphertext. */
    private record Envelope(byte[] header, String keyId, byte[] nonce, byte[] sealed) {

        private static final int TAG_BYTES = TAG_BITS / 8;

        static Envelope read(byte[] ciphertext) {
            if (ciphertext == null || ciphertext.length < 2) {
                throw unreadable(PersonalDataUnreadableException.Reason.MALFORMED);
            }
            if (ciphertext[0] != VERSION) {
                throw unreadable(PersonalDataUnreadableException.Reason.UNSUPPORTED_VERSION);
            }
            int keyIdLength = ciphertext[1] & 0xff;
            int headerLength = 2 + keyIdLength;
            if (keyIdLength == 0 || ciphertext.length < headerLength + NONCE_BYTES + TAG_BYTES) {
                throw unreadable(PersonalDataUnreadableException.Reason.MALFORMED);
            }

            ByteBuffer buffer = ByteBuffer.wrap(ciphertext);
            byte[] header = new byte[headerLength];
            byte[] nonce = new byte[NONCE_BYTES];
            byte[] sealed = new byte[ciphertext.length - headerLength - NONCE_BYTES];
            buffer.get(header).get(nonce).get(sealed);
            return new Envelope(header, new String(header, 2, keyIdLength, StandardCharsets.US_ASCII), nonce, sealed);
        }

        private static PersonalDataUnreadableException unreadable(PersonalDataUnreadableException.Reason reason) {
            return new PersonalDataUnreadableException(reason);
        }
    }
}
