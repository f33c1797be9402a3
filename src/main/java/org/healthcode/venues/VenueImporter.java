package org.healthcode.venues;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.healthcode.common.ErrorCode;
import org.healthcode.common.RejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers many venues at once from a CSV file or an Excel {@code .xlsx} workbook (columns in {@code
 * docs/venue-import.md}). The file is read row by row; each row is checked on its own, valid rows are staged and
 * registered together in one transaction, and the report says what happened to every row. A file-level refusal (too
 * large, unreadable, bad header) changes nothing. Importing the same file again registers nothing twice.
 */
@Service
class VenueImporter {

    private static final Logger log = LoggerFactory.getLogger(VenueImporter.class);
    private static final int CHUNK = 5_000;
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    /** The start of an OLE2 compound document: an old binary {@code .xls} workbook (or a Word file). */
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final VenueImportChecks checks;
    private final VenueImportStaging staging;
    private final VenueImportProperties settings;
    private final MessageSource messages;
    private final Clock clock;

    VenueImporter(
            VenueImportChecks checks,
            VenueImportStaging staging,
            VenueImportProperties settings,
            MessageSource messages,
            Clock clock) {
        this.checks = checks;
        this.staging = staging;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Imports one file.
     *
     * @param size the file's size in bytes
     * @param charsetName a CSV file's charset as the uploader named it, or {@code null} to detect it
     * @throws RejectedException {@code venue-import-too-large}, {@code venue-import-encoding}, {@code
     *     venue-import-unreadable} or {@code venue-import-header-invalid}; then nothing is registered
     */
    @Transactional
    VenueImportReport importFile(
            VenueImportUploader uploader,
            VenueImportScope scope,
            InputStreamSource file,
            long size,
            String charsetName,
            Locale locale) {
        if (size > settings.maxFileSize().toBytes()) {
            throw new RejectedException(VenueImportErrorCode.FILE_TOO_LARGE, "file");
        }

        staging.create();
        Run run = new Run(scope);
        boolean workbook = isWorkbook(file);
        Charset charset = null;
        if (workbook) {
            VenueImportXlsx.read(file, run);
        } else {
            charset = VenueImportCsv.read(file, charsetName, run);
        }
        run.flush();
        return report(run, uploader, workbook ? "xlsx" : "csv", charset, locale);
    }

    private VenueImportReport report(
            Run run, VenueImportUploader uploader, String format, Charset charset, Locale locale) {
        long registered = staging.register(uploader.accountId(), clock.instant());
        long unchanged = run.staged - registered;
        long refused = run.read - run.staged;
        List<VenueImportReport.Line> listed = listedRows(run, locale);
        log.atInfo()
                .setMessage("venues imported")
                .addKeyValue("format", format)
                .addKeyValue("rows", run.read)
                .addKeyValue("registered", registered)
                .addKeyValue("unchanged", unchanged)
                .addKeyValue("refused", refused)
                .log();
        return new VenueImportReport(
                format,
                charset == null ? null : charset.name(),
                run.read,
                registered,
                unchanged,
                refused,
                listed,
                unchanged + refused > listed.size());
    }

    /** The refused and unchanged rows in file order, as many as the report lists. */
    private List<VenueImportReport.Line> listedRows(Run run, Locale locale) {
        List<VenueImportReport.Line> lines = new ArrayList<>(run.refusals);
        staging.unchangedRows(settings.maxReportedRows())
                .forEach(row -> lines.add(new VenueImportReport.Line(row, VenueImportErrorCode.UNCHANGED.code(), "")));
        lines.sort(Comparator.comparingLong(VenueImportReport.Line::row));
        return lines.stream()
                .limit(settings.maxReportedRows())
                .map(line -> localised(line, locale))
                .toList();
    }

    private VenueImportReport.Line localised(VenueImportReport.Line line, Locale locale) {
        String message = messages.getMessage("error." + line.code(), null, line.code(), locale);
        return new VenueImportReport.Line(line.row(), line.code(), message);
    }

    /**
     * Whether the file is an {@code .xlsx} workbook (a ZIP archive) rather than CSV.
     *
     * @throws RejectedException {@code venue-import-format-unknown} for an old binary {@code .xls} workbook
     */
    private static boolean isWorkbook(InputStreamSource file) {
        try (InputStream in = file.getInputStream()) {
            byte[] start = in.readNBytes(ZIP_SIGNATURE.length);
            if (Arrays.equals(start, OLE2_SIGNATURE)) {
                throw new RejectedException(VenueImportErrorCode.FORMAT_UNKNOWN, "file");
            }
            return Arrays.equals(start, ZIP_SIGNATURE);
        } catch (IOException unreadable) {
            throw new RejectedException(VenueImportErrorCode.UNREADABLE_FILE, "file");
        }
    }

    /** One import in progress: checks each row as it is read and stages the valid ones in chunks. */
    private final class Run implements Consumer<VenueImportRow> {
        private final VenueImportScope scope;
        private final Set<String> seen = new HashSet<>();
        private final List<VenueImportCandidate> chunk = new ArrayList<>(CHUNK);
        private final List<VenueImportReport.Line> refusals = new ArrayList<>();
        private long read;
        private long staged;

        Run(VenueImportScope scope) {
            this.scope = scope;
        }

        @Override
        public void accept(VenueImportRow row) {
            read++;
            VenueImportChecks.Checked checked = checks.check(row, scope);
            if (checked.problem() != null) {
                refuse(row.number(), checked.problem());
                return;
            }
            if (!seen.add(checked.candidate().identity())) {
                refuse(row.number(), VenueImportErrorCode.DUPLICATE_IN_FILE);
                return;
            }

            chunk.add(checked.candidate());
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            staging.stage(chunk);
            staged += chunk.size();
            chunk.clear();
        }

        private void refuse(long row, ErrorCode problem) {
            if (refusals.size() < settings.maxReportedRows()) {
                refusals.add(new VenueImportReport.Line(row, problem.code(), ""));
            }
        }
    }
}
