package rs.eobuka.platform.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.pdf.PdfBlocks;

/**
 * The record of processing activities as a PDF in the reader's language: the controller, then per
 * activity its purpose, legal basis, data subjects, data by category (with the columns that hold
 * it), recipients and retention, and the measures and transfers common to all.
 */
public final class ProcessingRecordDocument {

    private ProcessingRecordDocument() {
    }

    public static byte[] render(List<ActivityRecord> activities, LocalDate asOf, Language language) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, pdf);
            BaseFont base = PdfBlocks.font();
            Font title = new Font(base, 18, Font.NORMAL, PdfBlocks.BRAND);
            Font heading = new Font(base, 12, Font.NORMAL, PdfBlocks.BRAND);
            Font text = new Font(base, 9);
            Font label = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
            String name = Texts.message(language, "privacy.record.title");
            document.addTitle(name);
            document.addCreator("eObuka");
            document.open();
            document.add(PdfBlocks.paragraph(name, title, 4));
            document.add(PdfBlocks.paragraph(Texts.message(language, "privacy.record.asOf", asOf.toString()), label, 8));
            document.add(PdfBlocks.paragraph(Texts.message(language, "privacy.record.controller") + ": "
                    + Texts.message(language, "privacy.record.controllerName"), text, 12));
            for (ActivityRecord record : activities) {
                document.add(PdfBlocks.paragraph(Texts.message(language, record.activity().messageKey("name")), heading, 4));
                PdfPTable table = new PdfPTable(new float[] {2, 7});
                table.setWidthPercentage(100);
                row(table, label, text, Texts.message(language, "privacy.record.purpose"),
                        Texts.message(language, record.activity().messageKey("purpose")));
                row(table, label, text, Texts.message(language, "privacy.record.basis"), Texts.message(language, record.basis().messageKey()));
                row(table, label, text, Texts.message(language, "privacy.record.subjects"),
                        Texts.message(language, record.activity().messageKey("subjects")));
                row(table, label, text, Texts.message(language, "privacy.record.data"), record.categories().stream()
                        .map(category -> Texts.message(language, category.messageKey()) + " (" + String.join(", ", record.columns(category)) + ")")
                        .collect(Collectors.joining("\n")));
                row(table, label, text, Texts.message(language, "privacy.record.recipients"),
                        Texts.message(language, record.activity().messageKey("recipients")));
                row(table, label, text, Texts.message(language, "privacy.record.retention"),
                        Texts.message(language, record.activity().messageKey("retention")));
                table.setSpacingAfter(12);
                document.add(table);
            }
            document.add(PdfBlocks.paragraph(Texts.message(language, "privacy.record.transfers"), heading, 4));
            document.add(PdfBlocks.paragraph(Texts.message(language, "privacy.record.transfersText"), text, 10));
            document.add(PdfBlocks.paragraph(Texts.message(language, "privacy.record.measures"), heading, 4));
            document.add(PdfBlocks.paragraph(Texts.message(language, "privacy.record.measuresText"), text, 10));
        } catch (DocumentException e) {
            throw new IllegalStateException("the record of processing could not be laid out", e);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private static void row(PdfPTable table, Font label, Font text, String name, String value) {
        table.addCell(PdfBlocks.cell(name, label, Element.ALIGN_LEFT));
        table.addCell(PdfBlocks.cell(value, text, Element.ALIGN_LEFT));
    }
}
