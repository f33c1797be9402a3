package org.healthcode.privacy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every registered {@link EncryptedColumn} to the active data key, in batches, each batch in its own
 * transaction, so it can run while the server serves requests and can be repeated after an interruption. Rows are
 * found by the key id inside the ciphertext (byte 2 holds its length, the id follows), so rows already under the
 * active key are never read.
 */
@Service
public class Reencryption {

    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final List<EncryptedColumn> columns;
    private final TransactionTemplate transactions;

    Reencryption(
            JdbcClient jdbc,
            PersonalDataCipher cipher,
            List<EncryptedColumn> columns,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.columns = columns;
        this.transactions = transactions;
    }

    /** Re-encrypts everything under an old key; returns how many values moved, per {@code table.column}. */
    public Map<String, Integer> run() {
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (EncryptedColumn column : columns) {
            moved.put(column.table() + "." + column.column(), reencrypt(column));
        }
        log.atInfo()
                .setMessage("personal data re-encrypted")
                .addKeyValue("moved", moved)
                .log();
        return moved;
    }

    private int reencrypt(EncryptedColumn column) {
        int total = 0;
        int batch;
        do {
            batch = transactions.execute(status -> reencryptBatch(column));
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private int reencryptBatch(EncryptedColumn column) {
        String select = "select %1$s::text as row_key, %2$s as value from %3$s where %2$s is not null"
                + " and substring(%2$s from 3 for get_byte(%2$s, 1)) <> ? limit %4$d for update";
        List<Map.Entry<String, byte[]>> rows = jdbc.sql(
                        select.formatted(column.key(), column.column(), column.table(), BATCH))
                .param(cipher.activeKeyId().getBytes(StandardCharsets.US_ASCII))
                .query((row, n) -> Map.entry(row.getString("row_key"), row.getBytes("value")))
                .list();
        String update =
                "update %s set %s = ? where %s::text = ?".formatted(column.table(), column.column(), column.key());
        rows.forEach(row -> jdbc.sql(update)
                .params(cipher.reencrypt(row.getValue(), column.context()), row.getKey())
                .update());
        return rows.size();
    }
}
