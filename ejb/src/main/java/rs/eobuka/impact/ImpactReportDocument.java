package rs.eobuka.impact;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.pdf.PdfBlocks;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.i18n.Texts;

/**
 * A published impact report as a PDF (OpenPDF) in the reader's language: the scope, the headline
 * figures against the period before, bar charts of people trained by region and organisation type
 * and of citizens helped by e-service, then the findings, recommendations and quotes. Liberation
 * Sans, embedded, for Serbian letters in both scripts.
 */
public final class ImpactReportDocument {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color BRAND = new Color(0x0c, 0x4a, 0x6e);
    private static final Color BAR = new Color(0x03, 0x69, 0xa1);

    private ImpactReportDocument() {
    }

    public static byte[] render(ImpactReport report, ImpactFigures figures, String areaName, Language language) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, pdf);
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 22, Font.NORMAL, BRAND);
            Font heading = new Font(base, 14, Font.NORMAL, BRAND);
            Font text = new Font(base, 10);
            Font small = new Font(base, 9, Font.NORMAL, Color.DARK_GRAY);
            document.addTitle(Texts.message(language, "impact.title"));
            document.addCreator("eObuka");
            document.open();
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
            document.add(paragraph(Texts.message(language, "impact.title"), title, 6));
            document.add(paragraph(report.getProgramme().getName() + " · " + day.format(report.getFrom()) + " – " + day.format(report.getTo())
                    + " · " + areaName, text, 2));
            document.add(paragraph(Texts.message(language, "impact.edition", report.getEdition())
                    + (report.getReplacesId() == null ? "" : " · " + Texts.message(language, "impact.replaces", report.getReplacesId()))
                    + (report.getPublishedAt() == null ? "" : " · " + Texts.message(language, "impact.publishedOn",
                    day.format(report.getPublishedAt().atZone(rs.eobuka.platform.time.SerbianTime.ZONE).toLocalDate()))), small, 16));

            document.add(paragraph(Texts.message(language, "impact.figures"), heading, 6));
            PdfPTable table = new PdfPTable(new float[] {5, 2, 2, 2});
            table.setWidthPercentage(100);
            for (String header : new String[] {"", Texts.message(language, "impact.fig.thisPeriod"),
                    Texts.message(language, "impact.fig.previous"), Texts.message(language, "impact.fig.change")}) {
                table.addCell(cell(header, small, Element.ALIGN_RIGHT));
            }
            for (ImpactFigureRows.Row row : ImpactFigureRows.of(figures, language)) {
                table.addCell(cell(row.label(), text, Element.ALIGN_LEFT));
                table.addCell(cell(row.value(), text, Element.ALIGN_RIGHT));
                table.addCell(cell(row.previous(), text, Element.ALIGN_RIGHT));
                table.addCell(cell(row.change(), text, Element.ALIGN_RIGHT));
            }
            table.setSpacingAfter(14);
            document.add(table);

            boolean cyrillic = language.isCyrillic();
            Map<String, Long> regions = new LinkedHashMap<>();
            figures.byRegion().forEach(c -> regions.put(c.name(cyrillic), c.count()));
            chart(document, Texts.message(language, "impact.byRegion"), regions, heading, text);
            Map<String, Long> types = new LinkedHashMap<>();
            figures.byOrganisationType().forEach((type, n) -> types.put(Texts.message(language, "organisationType." + type), n));
            chart(document, Texts.message(language, "impact.byType"), types, heading, text);
            Map<String, Long> services = new LinkedHashMap<>();
            figures.citizensByService().forEach((service, n) -> services.put(Texts.message(language, "caravan.service." + service), n));
            chart(document, Texts.message(language, "impact.byService"), services, heading, text);

            narrative(document, Texts.message(language, "impact.findings"), report.getFindings(), language, heading, text);
            narrative(document, Texts.message(language, "impact.recommendations"), report.getRecommendations(), language, heading, text);
            if (!report.getQuotes().isEmpty()) {
                document.add(paragraph(Texts.message(language, "impact.quotes"), heading, 6));
                for (ImpactQuote quote : report.getQuotes()) {
                    document.add(paragraph("„" + quote.getQuote() + "“", new Font(base, 10, Font.ITALIC), 1));
                    document.add(paragraph("— " + quote.getContext(), small, 8));
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The impact report could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The report font could not be read", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return pdf.toByteArray();
    }

    public static String fileName(ImpactReport report, String extension) {
        return "eobuka-impact-report-" + report.getId() + "-" + report.getEdition() + "." + extension;
    }

    /** A horizontal bar chart: one row per entry, the bar's length its share of the largest. */
    private static void chart(Document document, String caption, Map<String, Long> values, Font heading, Font text) throws DocumentException {
        if (values.isEmpty()) {
            return;
        }
        document.add(paragraph(caption, heading, 6));
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(1);
        PdfPTable chart = new PdfPTable(new float[] {4, 6, 1});
        chart.setWidthPercentage(100);
        for (Map.Entry<String, Long> entry : values.entrySet()) {
            chart.addCell(cell(entry.getKey(), text, Element.ALIGN_LEFT));
            float share = Math.max(0.02f, entry.getValue() / (float) Math.max(1, max));
            PdfPTable bar = new PdfPTable(new float[] {share, Math.max(0.0001f, 1 - share)});
            bar.setWidthPercentage(100);
            PdfPCell filled = new PdfPCell(new Phrase(" ", text));
            filled.setBackgroundColor(BAR);
            filled.setBorder(PdfPCell.NO_BORDER);
            PdfPCell rest = new PdfPCell(new Phrase(" ", text));
            rest.setBorder(PdfPCell.NO_BORDER);
            bar.addCell(filled);
            bar.addCell(rest);
            PdfPCell holder = new PdfPCell(bar);
            holder.setBorder(PdfPCell.NO_BORDER);
            holder.setPadding(3);
            chart.addCell(holder);
            chart.addCell(cell(String.valueOf(entry.getValue()), text, Element.ALIGN_RIGHT));
        }
        chart.setSpacingAfter(12);
        document.add(chart);
    }

    private static void narrative(Document document, String caption, LocalizedText text, Language language, Font heading, Font font)
            throws DocumentException {
        if (text == null || text.getSrLatn() == null) {
            return;
        }
        document.add(paragraph(caption, heading, 6));
        for (String part : text.in(language).split("\\R\\R+")) {
            document.add(paragraph(part.strip(), font, 6));
        }
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        return PdfBlocks.cell(text, font, alignment);
    }

    private static Paragraph paragraph(String text, Font font, float spacingAfter) {
        return PdfBlocks.paragraph(text, font, spacingAfter);
    }
}
