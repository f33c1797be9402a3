package org.healthcode.labresults;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.healthcode.facts.FactAnnouncer;
import org.healthcode.facts.FactKind;
import org.healthcode.facts.FactStore;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a stream of reported results in one transaction, set-based: rows are copied into a temporary staging table
 * with COPY, classified by one query (duplicate in the upload, unknown tube, tube not sealed, conflicting result,
 * already recorded), the new results inserted by one statement and one {@code TEST_RESULT_REPORTED} fact per tube
 * member recorded by another. Re-applying the same rows changes nothing. Memory use does not grow with the upload,
 * except for the listed problems, which are capped.
 */
@Service
public class ResultIntake {

    private static final Logger log = LoggerFactory.getLogger(ResultIntake.class);
    private static final int COPY_CHUNK = 64 * 1024;

    private static final String STAGE = """
            create temporary table result_stage (
                row_no bigint, barcode text, result text, ct numeric, sampled_at timestamptz, reported_at timestamptz
            ) on commit drop""";

    private static final String CLASSIFY = """
            create temporary table result_verdict on commit drop as
            select s.*, case
                when s.row_no <> min(s.row_no) over (partition by s.barcode) then 'DUPLICATE_IN_FILE'
                when t.barcode is null then 'TUBE_UNKNOWN'
                when t.sealed_at is null then 'TUBE_NOT_SEALED'
                when r.barcode is not null and r.result <> s.result then 'RESULT_CONFLICT'
                when r.barcode is not null then 'UNCHANGED'
                else 'ACCEPTED' end as verdict
            from result_stage s
            left join tube t on t.barcode = s.barcode
            left join lab_result r on r.barcode = s.barcode""";

    private static final String FACT_SOURCE = """
            select m.resident_id, ? as recorded_by,
                   jsonb_build_object(
                       'tube', r.barcode, 'tubeKind', t.kind, 'result', r.result,
                       'sampledAt', to_char(r.sampled_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'reportedAt', to_char(r.reported_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'lab', r.lab_code)
                   || case when r.ct is null then '{}'::jsonb else jsonb_build_object('ct', r.ct) end as detail
            from lab_result r join tube t on t.barcode = r.barcode join tube_member m on m.barcode = r.barcode
            where r.upload_id = ?
            order by r.barcode, m.resident_id""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final FactStore facts;
    private final FactAnnouncer announcer;
    private final LabProperties settings;
    private final MessageSource messages;
    private final Clock clock;

    ResultIntake(
            JdbcClient jdbc,
            DataSource dataSource,
            FactStore facts,
            FactAnnouncer announcer,
            LabProperties settings,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.facts = facts;
        this.announcer = announcer;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** Applies the rows for this lab and reports what happened to each; nothing is kept if this throws. */
    @Transactional
    public IntakeReport accept(LabCaller caller, Iterator<ParsedRow> rows, String charset) {
        Problems problems = new Problems(settings.maxReportedProblems());
        jdbc.sql(STAGE).update();
        long rowsRead = stage(rows, problems);
        jdbc.sql(CLASSIFY).update();

        Map<String, Long> verdicts = countVerdicts();
        problems.addAll(listedProblems(problems.room()));
        UUID upload = UUID.randomUUID();
        long accepted = insertAccepted(caller, upload);
        List<UUID> members = facts.recordEach(FactKind.TEST_RESULT_REPORTED, FACT_SOURCE, caller.recordedBy(), upload);
        announcer.announce(members);
        long sqlRejected = rowsRead
                - problems.parsedCount()
                - verdicts.getOrDefault("ACCEPTED", 0L)
                - verdicts.getOrDefault("UNCHANGED", 0L);
        log.atInfo()
                .setMessage("lab results applied")
                .addKeyValue("lab", caller.labCode())
                .addKeyValue("rows", rowsRead)
                .addKeyValue("accepted", accepted)
                .addKeyValue("facts", members.size())
                .log();
        return new IntakeReport(
                null,
                charset,
                rowsRead,
                accepted,
                verdicts.getOrDefault("UNCHANGED", 0L) + verdicts.getOrDefault("ACCEPTED", 0L) - accepted,
                problems.parsedCount() + sqlRejected,
                members.size(),
                problems.sorted(this::message),
                problems.truncated(problems.parsedCount() + sqlRejected));
    }

    /** The answer for an upload that held no SARS-CoV-2 result. */
    IntakeReport nothingToImport(long rowsRead) {
        return new IntakeReport(LabErrorCode.NOTHING_TO_IMPORT.code(), null, rowsRead, 0, 0, 0, 0, List.of(), false);
    }

    private long stage(Iterator<ParsedRow> rows, Problems problems) {
        Instant latest = clock.instant().plus(settings.clockTolerance());
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy result_stage from stdin (format csv)");
            try {
                long read = copyRows(rows, problems, latest, copy);
                copy.endCopy();
                return read;
            } catch (RuntimeException unreadableRow) {
                copy.cancelCopy();
                throw unreadableRow;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("staging lab results failed", failed);
        }
    }

    private long copyRows(Iterator<ParsedRow> rows, Problems problems, Instant latest, CopyIn copy)
            throws SQLException {
        StringBuilder chunk = new StringBuilder(COPY_CHUNK + 256);
        long read = 0;
        while (rows.hasNext()) {
            ParsedRow row = rows.next();
            read++;
            if (row instanceof ParsedRow.Invalid invalid) {
                problems.addParsed(invalid.row(), invalid.problem());
            } else if (row instanceof ParsedRow.Valid valid && inFuture(valid.result(), latest)) {
                problems.addParsed(valid.result().row(), LabErrorCode.DATE_IN_FUTURE);
            } else if (row instanceof ParsedRow.Valid valid) {
                appendCsv(chunk, valid.result());
            }
            if (chunk.length() >= COPY_CHUNK) {
                write(copy, chunk);
            }
        }
        write(copy, chunk);
        return read;
    }

    private static boolean inFuture(ReportedResult result, Instant latest) {
        return result.sampledAt().isAfter(latest) || result.reportedAt().isAfter(latest);
    }

    private static void appendCsv(StringBuilder chunk, ReportedResult result) {
        chunk.append(result.row())
                .append(',')
                .append(result.tube().value())
                .append(',')
                .append(result.outcome().name())
                .append(',')
                .append(result.ct() == null ? "" : result.ct().toPlainString())
                .append(',')
                .append(result.sampledAt())
                .append(',')
                .append(result.reportedAt())
                .append('\n');
    }

    private static void write(CopyIn copy, StringBuilder chunk) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    private Map<String, Long> countVerdicts() {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select verdict, count(*) as n from result_verdict group by verdict")
                .query((row, n) -> counts.put(row.getString("verdict"), row.getLong("n")))
                .list();
        return counts;
    }

    private List<ParsedRow.Invalid> listedProblems(int limit) {
        return jdbc.sql("""
                        select row_no, verdict from result_verdict
                        where verdict not in ('ACCEPTED', 'UNCHANGED') order by row_no limit ?""")
                .param(limit)
                .query((row, n) ->
                        new ParsedRow.Invalid(row.getLong("row_no"), LabErrorCode.valueOf(row.getString("verdict"))))
                .list();
    }

    private long insertAccepted(LabCaller caller, UUID upload) {
        return jdbc.sql("""
                        insert into lab_result (barcode, result, ct, sampled_at, reported_at, lab_code, received_at,
                                                recorded_by, upload_id)
                        select barcode, result, ct, sampled_at, reported_at, ?, ?, ?, ?
                        from result_verdict where verdict = 'ACCEPTED'
                        on conflict (barcode) do nothing""")
                .params(caller.labCode(), Timestamp.from(clock.instant()), caller.recordedBy(), upload)
                .update();
    }

    private String message(LabErrorCode code) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code.messageKey(), null, code.code(), locale);
    }

    /** The problems found while reading and classifying, capped for the report. */
    private static final class Problems {
        private final int limit;
        private final List<ParsedRow.Invalid> listed = new ArrayList<>();
        private long parsed;

        Problems(int limit) {
            this.limit = limit;
        }

        void addParsed(long row, LabErrorCode code) {
            parsed++;
            if (listed.size() < limit) {
                listed.add(new ParsedRow.Invalid(row, code));
            }
        }

        void addAll(List<ParsedRow.Invalid> more) {
            listed.addAll(more);
        }

        int room() {
            return Math.max(limit - listed.size(), 0);
        }

        long parsedCount() {
            return parsed;
        }

        boolean truncated(long total) {
            return total > listed.size();
        }

        List<RowProblem> sorted(java.util.function.Function<LabErrorCode, String> message) {
            Map<LabErrorCode, String> texts = new EnumMap<>(LabErrorCode.class);
            return listed.stream()
                    .sorted(Comparator.comparingLong(ParsedRow.Invalid::row))
                    .map(problem -> new RowProblem(
                            problem.row(), problem.problem().code(), texts.computeIfAbsent(problem.problem(), message)))
                    .toList();
        }
    }
}
