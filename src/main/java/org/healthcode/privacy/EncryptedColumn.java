package org.healthcode.privacy;

/**
 * A table column holding {@link PersonalDataCipher} ciphertexts. Each feature declares its columns as beans, so that
 * {@link Reencryption} can move them to a new key without knowing the feature.
 *
 * @param table the table
 * @param key a unique, orderable column identifying the row
 * @param column the column with ciphertexts (nulls are skipped)
 * @param context the context the values were encrypted with
 */
public record EncryptedColumn(String table, String key, String column, String context) {

    private static final String IDENTIFIER = "[a-z_][a-z0-9_]{0,62}";

    public EncryptedColumn {
        for (String identifier : new String[] {table, key, column}) {
            if (!identifier.matches(IDENTIFIER)) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + identifier);
            }
        }
    }
}
