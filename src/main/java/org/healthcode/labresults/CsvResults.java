package org.healthcode.labresults;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.healthcode.common.RejectedException;
import org.healthcode.common.TimeProperties;
import org.healthcode.common.UploadedText;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a lab's CSV file row by row (never whole into memory) and hands the rows to {@link ResultIntake}. The
 * columns are described in {@code docs/lab-results.md}. Without a named charset the file is first checked as strict
 * UTF-8 (a byte-order mark is allowed) and read as GB18030 (which includes GBK) if that fails; that takes one extra
 * pass over the file, which is on disk.
 */
@Service
public class CsvResults {

    static final String TUBE = "tube";
    static final String RESULT = "result";
    static final String CT = "ct";
    static final String SAMPLED_AT = "sampled_at";
    static final String REPORTED_AT = "reported_at";

    private final ResultIntake intake;
    private final LabProperties settings;
    private final TimeProperties time;

    CsvResults(ResultIntake intake, LabProperties settings, TimeProperties time) {
        this.intake = intake;
        this.settings = settings;
        this.time = time;
    }

    /**
     * Applies every readable row of the file.
     *
     * @param size the file's size in bytes
     * @param charsetName the file's charset as the uploader named it, or {@code null} to detect it
     * @throws RejectedException {@code file-too-large}, {@code unreadable-encoding} or {@code header-invalid}; then
     *     nothing is applied
     */
    @Transactional
    public IntakeReport upload(LabCaller caller, InputStreamSource file, long size, String charsetName) {
        if (size > settings.maxUploadSize().toBytes()) {
            throw new RejectedException(LabErrorCode.FILE_TOO_LARGE, "file");
        }

        Charset charset = charset(file, charsetName);
        try (Reader reader = UploadedText.reader(file, charset);
                CSVParser parser = format().parse(reader)) {
            Map<String, Integer> columns = columns(parser);
            return intake.accept(caller, new Rows(parser.iterator(), columns, time.zone()), charset.name());
        } catch (IOException unreadable) {
            throw unreadable(unreadable);
        } catch (UncheckedIOException unreadable) {
            throw unreadable(unreadable.getCause());
        }
    }

    private static RejectedException unreadable(IOException cause) {
        return cause instanceof CharacterCodingException
                ? new RejectedException(LabErrorCode.UNREADABLE_ENCODING, "file")
                : new RejectedException(LabErrorCode.MALFORMED_ROW, "file");
    }

    private static CSVFormat format() {
        return CSVFormat.DEFAULT
                .builder()
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
    }

    private static Charset charset(InputStreamSource file, String charsetName) {
        if (charsetName != null && !charsetName.isBlank()) {
            return UploadedText.named(charsetName)
                    .orElseThrow(() -> new RejectedException(LabErrorCode.UNREADABLE_ENCODING, "charset"));
        }

        try {
            return UploadedText.detect(file)
                    .orElseThrow(() -> new RejectedException(LabErrorCode.UNREADABLE_ENCODING, "file"));
        } catch (IOException unreadable) {
            throw new RejectedException(LabErrorCode.UNREADABLE_ENCODING, "file");
        }
    }

    private static Map<String, Integer> columns(CSVParser parser) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
            throw new RejectedException(LabErrorCode.HEADER_INVALID, "file");
        }

        Map<String, Integer> columns = new TreeMap<>();
        CSVRecord header = records.next();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!columns.keySet().containsAll(java.util.List.of(TUBE, RESULT, SAMPLED_AT, REPORTED_AT))) {
            throw new RejectedException(LabErrorCode.HEADER_INVALID, "file");
        }
        return columns;
    }

    /** The data rows as parsed rows; the row number is the CSV record number (the header is record 1). */
    private static final class Rows implements Iterator<ParsedRow> {
        private final Iterator<CSVRecord> records;
        private final Map<String, Integer> columns;
        private final ZoneId zone;

        Rows(Iterator<CSVRecord> records, Map<String, Integer> columns, ZoneId zone) {
            this.records = records;
            this.columns = columns;
            this.zone = zone;
        }

        @Override
        public boolean hasNext() {
            return records.hasNext();
        }

        @Override
        public ParsedRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CSVRecord record = records.next();
            return ResultFields.read(
                    record.getRecordNumber(),
                    field(record, TUBE).orElse(null),
                    field(record, RESULT).orElse(null),
                    field(record, CT).orElse(null),
                    field(record, SAMPLED_AT).orElse(null),
                    field(record, REPORTED_AT).orElse(null),
                    zone);
        }

        private Optional<String> field(CSVRecord record, String column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? Optional.empty() : Optional.of(record.get(index));
        }
    }
}
