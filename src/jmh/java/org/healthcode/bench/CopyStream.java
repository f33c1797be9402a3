package org.healthcode.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Rows written to PostgreSQL with COPY in text format, a chunk at a time. */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK = 256 * 1024;
    private static final HexFormat HEX = HexFormat.of();

    private final CopyIn copy;
    private final StringBuilder chunk = new StringBuilder(CHUNK + 4096);
    private long rows;

    CopyStream(Connection connection, String table) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
    }

    /** Appends one row; {@code null} is SQL null, {@code byte[]} is bytea, anything else its string form. */
    void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                chunk.append('\t');
            }
            append(values[i]);
        }
        chunk.append('\n');
        rows++;
        if (chunk.length() >= CHUNK) {
            flush();
        }
    }

    private void append(Object value) {
        if (value == null) {
            chunk.append("\\N");
        } else if (value instanceof byte[] bytes) {
            chunk.append("\\\\x").append(HEX.formatHex(bytes));
        } else {
            String text = value.toString();
            chunk.append(text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
