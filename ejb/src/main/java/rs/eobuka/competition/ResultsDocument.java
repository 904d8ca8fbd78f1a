package rs.eobuka.competition;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.pdf.PdfBlocks;

/**
 * A competition's published results as a PDF in the reader's language: per category its prize
 * and every ranked entry with the jury's part, the public's votes and share, and the final score.
 */
public final class ResultsDocument {

    private ResultsDocument() {
    }

    public static byte[] render(Competition competition, Map<CompetitionCategory, List<ResultEntry>> results, Language language) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, pdf);
            BaseFont base = PdfBlocks.font();
            Font title = new Font(base, 20, Font.NORMAL, PdfBlocks.BRAND);
            Font heading = new Font(base, 13, Font.NORMAL, PdfBlocks.BRAND);
            Font text = new Font(base, 9);
            Font small = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
            String name = competition.getTitle().in(language);
            document.addTitle(name);
            document.addCreator("eObuka");
            document.open();
            document.add(PdfBlocks.paragraph(Texts.message(language, "competition.results.title", name), title, 4));
            document.add(PdfBlocks.paragraph(Texts.message(language, "competition.results.formula",
                    percent(BigDecimal.ONE.subtract(competition.getPublicVoteWeight())), percent(competition.getPublicVoteWeight())), small, 14));
            for (Map.Entry<CompetitionCategory, List<ResultEntry>> category : results.entrySet()) {
                document.add(PdfBlocks.paragraph(category.getKey().getName().in(language) + " · "
                        + Texts.message(language, "competition.results.prize", category.getKey().getPrize().in(language)), heading, 6));
                PdfPTable table = new PdfPTable(new float[] {1, 6, 3, 3, 2, 2, 2, 2});
                table.setWidthPercentage(100);
                for (String header : new String[] {"#", Texts.message(language, "competition.results.col.entry"),
                        Texts.message(language, "competition.results.col.lsgu"), Texts.message(language, "competition.results.col.entrant"),
                        Texts.message(language, "competition.results.col.jury"), Texts.message(language, "competition.results.col.votes"),
                        Texts.message(language, "competition.results.col.share"), Texts.message(language, "competition.results.col.final")}) {
                    table.addCell(PdfBlocks.cell(header, small, Element.ALIGN_LEFT));
                }
                for (ResultEntry row : category.getValue()) {
                    table.addCell(PdfBlocks.cell(Integer.toString(row.position()), text, Element.ALIGN_LEFT));
                    table.addCell(PdfBlocks.cell(row.title(), text, Element.ALIGN_LEFT));
                    table.addCell(PdfBlocks.cell(language.isCyrillic() ? row.lsguNameCyrl() : row.lsguNameLatn(), text, Element.ALIGN_LEFT));
                    table.addCell(PdfBlocks.cell(row.entrantName(), text, Element.ALIGN_LEFT));
                    table.addCell(PdfBlocks.cell(row.juryScore() == null ? "–" : row.juryScore().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                            text, Element.ALIGN_RIGHT));
                    table.addCell(PdfBlocks.cell(Long.toString(row.votes()), text, Element.ALIGN_RIGHT));
                    table.addCell(PdfBlocks.cell(percent(row.voteShare()), text, Element.ALIGN_RIGHT));
                    table.addCell(PdfBlocks.cell(row.finalScore().setScale(4, RoundingMode.HALF_UP).toPlainString(), text, Element.ALIGN_RIGHT));
                }
                table.setSpacingAfter(14);
                document.add(table);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the results document could not be laid out", e);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    /** A share as the results state it: 0.3 is "30.0 %". */
    public static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
