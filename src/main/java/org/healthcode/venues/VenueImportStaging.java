package org.healthcode.venues;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The set-based half of an import: checked rows are copied into a temporary staging table with PostgreSQL's {@code
 * COPY} (in chunks, as the file is read), then registered with one {@code insert ... select ... on conflict do
 * nothing} against the unique index {@code venue_one_name_per_operator_and_division}. Rows the insert skipped were
 * registered before and are reported as unchanged. Every method must run inside the import's transaction: the
 * staging table belongs to it and is dropped at its end.
 */
@Component
class VenueImportStaging {

    private static final String COPY = "copy venue_import_row (row_number, category, name, division, address,"
            + " latitude, longitude, capacity) from stdin (format csv)";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    VenueImportStaging(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void create() {
        jdbc.sql("""
                        create temporary table venue_import_row (
                            row_number bigint        not null,
                            id         uuid          not null default gen_random_uuid(),
                            category   text          not null,
                            name       text          not null,
                            division   char(6)       not null,
                            address    text          not null,
                            latitude   numeric(9, 6),
                            longitude  numeric(9, 6),
                            capacity   integer
                        ) on commit drop""").update();
    }

    /** Copies checked rows into the staging table. */
    void stage(List<VenueImportCandidate> candidates) {
        if (candidates.isEmpty()) {
            return;
        }

        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv(candidates)));
        } catch (SQLException | IOException failed) {
            throw new IllegalStateException("copying import rows into the staging table failed", failed);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Registers every staged row the operator has not registered yet; returns how many were new. */
    long register(UUID operator, Instant now) {
        return jdbc.sql("""
                        insert into venue (id, category, name, division, address, latitude, longitude, capacity,
                                           operator_id, registered_at)
                        select id, category, name, division, address, latitude, longitude, capacity, :operator, :now
                          from venue_import_row
                         order by row_number
                        on conflict (operator_id, division, name) do nothing""")
                .param("operator", operator)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The first staged rows (by row number) that were registered before this import, at most {@code limit}. */
    List<Long> unchangedRows(int limit) {
        return jdbc.sql("""
                        select row_number from venue_import_row staged
                         where not exists (select 1 from venue where venue.id = staged.id)
                         order by row_number
                         limit :limit""").param("limit", limit).query(Long.class).list();
    }

    private static String csv(List<VenueImportCandidate> candidates) {
        StringBuilder out = new StringBuilder(candidates.size() * 96);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.POSTGRESQL_CSV)) {
            for (VenueImportCandidate row : candidates) {
                printer.printRecord(
                        row.row(),
                        row.category().name(),
                        row.name(),
                        row.division(),
                        row.address(),
                        row.latitude(),
                        row.longitude(),
                        row.capacity());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }
}
