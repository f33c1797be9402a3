package org.healthcode.codes.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps the code-signing keys in one password-protected PKCS#12 file, {@code <data-dir>/keys/code-signing.p12}. Each
 * entry is a private key with its self-signed certificate, under the alias {@code hc-<key id in hex>}. Writes go to a
 * temporary file that replaces the old one atomically, so a crash never leaves half a keystore.
 */
public final class KeyRingStore {

    /** The keystore's file name inside the keys directory. */
    public static final String FILE_NAME = "code-signing.p12";

    private static final String ALIAS_PREFIX = "hc-";

    private final Path file;
    private final char[] password;

    /** A store in {@code keysDirectory}, protected by this password. */
    public KeyRingStore(Path keysDirectory, String password) {
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("The code-signing keystore needs a password");
        }
        this.file = keysDirectory.resolve(FILE_NAME);
        this.password = password.toCharArray();
    }

    /** The keys in the store; none if the file does not exist yet. */
    public List<SigningKey> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return keysIn(store);
        } catch (IOException | GeneralSecurityException unreadable) {
            throw new IllegalStateException(
                    "Cannot open the code-signing keystore " + file
                            + "; check healthcode.codes.keystore-password and the file",
                    unreadable);
        }
    }

    /** Replaces the store's content with exactly these keys. */
    public void save(List<SigningKey> keys) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            for (SigningKey key : keys) {
                store.setKeyEntry(alias(key.id()), key.privateKey(), password, new Certificate[] {key.certificate()});
            }
            writeAtomically(store);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write the code-signing keystore " + file, failure);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Cannot write the code-signing keystore " + file, failure);
        }
    }

    private List<SigningKey> keysIn(KeyStore store) throws GeneralSecurityException {
        List<SigningKey> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (!alias.startsWith(ALIAS_PREFIX) || !store.isKeyEntry(alias)) {
                continue;
            }
            PrivateKey privateKey = (PrivateKey) store.getKey(alias, password);
            X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
            SigningKey key = new SigningKey(KeyId.of(certificate.getPublicKey()), privateKey, certificate);
            if (!alias(key.id()).equals(alias)) {
                throw new IllegalStateException("The code-signing keystore entry " + alias + " holds another key");
            }
            keys.add(key);
        }
        return keys;
    }

    private void writeAtomically(KeyStore store) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "code-signing", ".tmp");
        restrictToOwner(temporary);
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, password);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows file systems have no POSIX permissions; the directory's ACL applies.
        }
    }

    private static String alias(KeyId id) {
        return ALIAS_PREFIX + id.toHex();
    }
}
