package org.healthcode.venues;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.healthcode.common.RejectedException;
import org.springframework.core.io.InputStreamSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an Excel {@code .xlsx} workbook with Apache POI's streaming (SAX) reader, so that the rows
 * are handed on one by one and the sheet is never built as a tree. Cells are read as Excel displays them.
 */
final class VenueImportXlsx {

    private VenueImportXlsx() {}

    /**
     * Hands every non-empty data row of the first sheet to {@code rows}.
     *
     * @throws RejectedException {@code venue-import-unreadable} or {@code venue-import-header-invalid}
     */
    static void read(InputStreamSource file, Consumer<VenueImportRow> rows) {
        try (InputStream in = file.getInputStream();
                OPCPackage workbook = OPCPackage.open(in)) {
            Rows contents = new Rows(rows);
            readFirstSheet(workbook, contents);
            if (!contents.headerSeen()) {
                throw new RejectedException(VenueImportErrorCode.HEADER_INVALID, "file");
            }
        } catch (IOException
                | OpenXML4JException
                | ParserConfigurationException
                | SAXException
                | RuntimeException unreadable) {
            throw rejection(unreadable);
        }
    }

    private static void readFirstSheet(OPCPackage workbook, Rows contents)
            throws IOException, OpenXML4JException, ParserConfigurationException, SAXException {
        XSSFReader reader = new XSSFReader(workbook);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return;
        }

        try (InputStream sheet = sheets.next()) {
            parse(
                    sheet,
                    new XSSFSheetXMLHandler(
                            reader.getStylesTable(),
                            new ReadOnlySharedStringsTable(workbook),
                            contents,
                            new DataFormatter(),
                            false));
        }
    }

    private static void parse(InputStream sheet, XSSFSheetXMLHandler handler)
            throws IOException, ParserConfigurationException {
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(sheet));
        } catch (SAXException malformed) {
            throw malformed.getCause() instanceof RejectedException rejected
                    ? rejected
                    : new RejectedException(VenueImportErrorCode.UNREADABLE_FILE, "file");
        }
    }

    private static RejectedException rejection(Exception failure) {
        return failure instanceof RejectedException rejected
                ? rejected
                : new RejectedException(VenueImportErrorCode.UNREADABLE_FILE, "file");
    }

    /** Collects the cells of each row by column and hands the row on when it ends; the first row is the header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<VenueImportRow> rows;
        private final List<String> cells = new ArrayList<>();
        private VenueImportColumns columns;

        Rows(Consumer<VenueImportRow> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (columns == null) {
                columns = VenueImportColumns.of(cells);
                return;
            }
            if (cells.stream().anyMatch(cell -> cell != null && !cell.isBlank())) {
                rows.accept(columns.row(rowNum + 1L, nullsAsEmpty()));
            }
        }

        boolean headerSeen() {
            return columns != null;
        }

        private List<String> nullsAsEmpty() {
            return cells.stream().map(cell -> cell == null ? "" : cell).toList();
        }
    }
}
