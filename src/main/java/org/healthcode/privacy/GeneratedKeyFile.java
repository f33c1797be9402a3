package org.healthcode.privacy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The key ring a development or test server generates for itself when none is configured, kept in
 * {@code <data-dir>/secrets/privacy.properties} so that a restart can still read what was encrypted before. The
 * file is created readable by its owner only where the file system has POSIX permissions.
 */
final class GeneratedKeyFile {

    static final String GENERATED_KEY_ID = "local-1";

    private static final String DATA_KEY_PREFIX = "data-keys.";
    private static final String ACTIVE_DATA_KEY = "active-data-key";
    private static final String LOOKUP_KEY = "lookup-key";

    private final Path file;
    private final SecureRandom random = new SecureRandom();

    GeneratedKeyFile(Path dataDirectory) {
        this.file = dataDirectory.resolve("secrets").resolve("privacy.properties");
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** Reads the keys written earlier. */
    PrivacyProperties read() {
        Properties stored = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the generated privacy keys in " + file, e);
        }

        Map<String, String> dataKeys = new HashMap<>();
        stored.stringPropertyNames().stream()
                .filter(name -> name.startsWith(DATA_KEY_PREFIX))
                .forEach(name -> dataKeys.put(name.substring(DATA_KEY_PREFIX.length()), stored.getProperty(name)));
        return new PrivacyProperties(dataKeys, stored.getProperty(ACTIVE_DATA_KEY), stored.getProperty(LOOKUP_KEY));
    }

    /** Generates a fresh key ring, writes it and returns it; refuses to overwrite an existing file. */
    PrivacyProperties generate() {
        PrivacyProperties generated = new PrivacyProperties(
                Map.of(GENERATED_KEY_ID, randomBase64(PrivacyKeys.DATA_KEY_BYTES)),
                GENERATED_KEY_ID,
                randomBase64(PrivacyKeys.MIN_LOOKUP_KEY_BYTES));
        write(generated);
        return generated;
    }

    private void write(PrivacyProperties keys) {
        Properties stored = new Properties();
        keys.dataKeys().forEach((id, key) -> stored.setProperty(DATA_KEY_PREFIX + id, key));
        stored.setProperty(ACTIVE_DATA_KEY, keys.activeDataKey());
        stored.setProperty(LOOKUP_KEY, keys.lookupKey());
        try {
            Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
            Files.createFile(file, ownerOnly("rw-------"));
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                stored.store(writer, "Generated privacy keys for a non-production server. Do not share or commit.");
            }
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Will not overwrite the existing privacy keys in " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the generated privacy keys to " + file, e);
        }
    }

    private FileAttribute<?>[] ownerOnly(String permissions) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        };
    }

    private String randomBase64(int bytes) {
        byte[] key = new byte[bytes];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
