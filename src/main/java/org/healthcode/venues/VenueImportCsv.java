package org.healthcode.venues;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.healthcode.common.RejectedException;
import org.springframework.core.io.InputStreamSource;

/**
 * Reads an import CSV file record by record, never whole into memory. Without a named charset the file is first
 * checked as strict UTF-8 (a byte-order mark is allowed) and read as GB18030 (which includes GBK) if that fails, as
 * lab result files are; that takes one extra pass over the uploaded file.
 */
final class VenueImportCsv {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final char BOM = '\uFEFF';
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
        Charset charset = charsetName == null || charsetName.isBlank() ? detect(file) : named(charsetName);
        try (Reader reader = withoutBom(new InputStreamReader(open(file), strict(charset)));
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

    private static Charset detect(InputStreamSource file) {
        if (decodes(file, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodes(file, GB18030)) {
            return GB18030;
        }
        throw new RejectedException(VenueImportErrorCode.UNREADABLE_ENCODING, "file");
    }

    private static boolean decodes(InputStreamSource file, Charset charset) {
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(open(file), strict(charset))) {
            while (reader.read(buffer) >= 0) {
                // reading is the check
            }
            return true;
        } catch (CharacterCodingException malformed) {
            return false;
        } catch (IOException unreadable) {
            throw new RejectedException(VenueImportErrorCode.UNREADABLE_FILE, "file");
        }
    }

    private static Charset named(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new RejectedException(VenueImportErrorCode.UNREADABLE_ENCODING, "charset");
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static InputStream open(InputStreamSource file) {
        try {
            return file.getInputStream();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != BOM) {
            pushback.unread(first);
        }
        return pushback;
    }
}
