package org.healthcode.venues;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.healthcode.common.RejectedException;
import org.healthcode.common.UploadedText;
import org.springframework.core.io.InputStreamSource;

/**
 * Reads an import CSV file record by record, never whole into memory. Without a named charset the file is first
 * checked as strict UTF-8 (a byte-order mark is allowed) and read as GB18030 (which includes GBK) if that fails, as
 * lab result files are; that takes one extra pass over the uploaded file.
 */
final class VenueImportCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();

    private VenueImportCsv() {}

    /**
     * Hands every data row of the file to {@code rows}.
     *
     * @param charsetName the charset the uploader named, or {@code null} to detect it
     * @return the charset the file was read in
     * @throws RejectedException {@code venue-import-encoding}, {@code venue-import-unreadable} or {@code
     *     venue-import-header-invalid}
     */
    static Charset read(InputStreamSource file, String charsetName, Consumer<VenueImportRow> rows) {
        Charset charset = charset(file, charsetName);
        try (Reader reader = UploadedText.reader(file, charset);
                CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            VenueImportColumns columns =
                    VenueImportColumns.of(records.hasNext() ? records.next().toList() : List.of());
            records.forEachRemaining(record -> rows.accept(columns.row(record.getRecordNumber(), record.toList())));
            return charset;
        } catch (IOException unreadable) {
            throw unreadable(unreadable);
        } catch (UncheckedIOException unreadable) {
            throw unreadable(unreadable.getCause());
        }
    }

    private static RejectedException unreadable(IOException cause) {
        return cause instanceof CharacterCodingException
                ? new RejectedException(VenueImportErrorCode.UNREADABLE_ENCODING, "file")
                : new RejectedException(VenueImportErrorCode.UNREADABLE_FILE, "file");
    }

    private static Charset charset(InputStreamSource file, String charsetName) {
        if (charsetName != null && !charsetName.isBlank()) {
            return UploadedText.named(charsetName)
                    .orElseThrow(() -> new RejectedException(VenueImportErrorCode.UNREADABLE_ENCODING, "charset"));
        }

        try {
            return UploadedText.detect(file)
                    .orElseThrow(() -> new RejectedException(VenueImportErrorCode.UNREADABLE_ENCODING, "file"));
        } catch (IOException unreadable) {
            throw new RejectedException(VenueImportErrorCode.UNREADABLE_FILE, "file");
        }
    }
}
