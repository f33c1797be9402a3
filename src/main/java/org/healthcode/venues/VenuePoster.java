package org.healthcode.venues;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.healthcode.codes.qr.QrRenderer;
import org.springframework.stereotype.Component;

/**
 * A venue's printable poster: its place code as a PNG, or an A4 PDF with the venue's name and address and bilingual
 * instructions. Chinese text (and the venue's name and address, which may be Chinese) uses the PDF standard CJK font
 * STSong-Light (not embedded: every PDF reader with CJK
 * support supplies it), so the product ships no font files.
 */
@Component
class VenuePoster {

    static final int PNG_MODULE_PIXELS = 12;
    private static final float QR_SIZE_POINTS = 340f;
    private static final String[] CHINESE = {"请用健康码扫描此场所码登记，并向工作人员出示结果。", "海报码只证明扫过此码；场所屏幕上的动态码更可靠，请优先扫描动态码。"};
    private static final String[] ENGLISH = {
        "Scan this place code with your health code to check in, and show the result to staff.",
        "A poster proves less than the venue's own display: scan the changing code on its screen where there is one."
    };

    private final QrRenderer qr;

    VenuePoster(QrRenderer qr) {
        this.qr = qr;
    }

    byte[] png(String placeCode) {
        return qr.png(placeCode, PNG_MODULE_PIXELS);
    }

    byte[] pdf(Venue venue, String placeCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            write(document, venue, placeCode);
        } catch (DocumentException | IOException failed) {
            throw new IllegalStateException("The poster could not be drawn", failed);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private void write(Document document, Venue venue, String placeCode) throws DocumentException, IOException {
        BaseFont song = BaseFont.createFont("STSongStd-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        document.add(centred(venue.name(), new Font(song, 26, Font.BOLD)));
        document.add(centred("场所码 · Place code", new Font(song, 16)));
        Image code = Image.getInstance(png(placeCode));
        code.scaleAbsolute(QR_SIZE_POINTS, QR_SIZE_POINTS);
        code.setAlignment(Element.ALIGN_CENTER);
        document.add(code);
        document.add(centred(venue.address(), new Font(song, 12)));
        Font english = new Font(Font.HELVETICA, 12);
        for (int line = 0; line < CHINESE.length; line++) {
            document.add(centred(CHINESE[line], new Font(song, 14)));
            document.add(centred(ENGLISH[line], english));
        }
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(10);
        return paragraph;
    }
}
