package rs.eobuka.platform.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What the application's PDF documents (OpenPDF) share: the house colours, Liberation Sans
 * embedded (for Serbian letters in both scripts), table cells ruled below, and paragraphs.
 */
public final class PdfBlocks {

    public static final Color BRAND = new Color(0x0c, 0x4a, 0x6e);
    public static final Color RULE = new Color(0xcb, 0xd5, 0xe1);
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private PdfBlocks() {
    }

    public static BaseFont font() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PdfPCell cell(String text, com.lowagie.text.Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        return cell;
    }

    public static Paragraph paragraph(String text, com.lowagie.text.Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(new Chunk(text, font));
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
