package rs.eobuka.feedback.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rs.eobuka.feedback.FeedbackResults;
import rs.eobuka.feedback.FreeTextAnswer;
import rs.eobuka.feedback.QuestionKind;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;

/** The results page's figures as an Excel workbook: the response, one row per question and value, the free texts. */
final class ResultsWorkbook {

    private ResultsWorkbook() {
    }

    /** A question's bars: every value of a scale (zeros included) or every option, with its count. */
    static Map<String, Long> bars(FeedbackResults.QuestionResult result, Language language) {
        Map<String, Long> bars = new LinkedHashMap<>();
        QuestionKind kind = result.question().getKind();
        if (kind.isScale()) {
            IntStream.rangeClosed(kind.lowest(), kind.highest())
                    .forEach(v -> bars.put(String.valueOf(v), result.counts().getOrDefault((long) v, 0L)));
        } else if (kind.hasOptions()) {
            result.question().getOptions().forEach(o -> bars.put(o.getText().in(language), result.counts().getOrDefault(o.getId(), 0L)));
        }
        return bars;
    }

    static void write(FeedbackResults figures, List<FreeTextAnswer> texts, Language language, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet summary = workbook.createSheet(text(language, "feedback.results.summary"));
            row(summary, 0, text(language, "feedback.results.surveys"), figures.surveys());
            row(summary, 1, text(language, "feedback.results.invited"), figures.invitations());
            row(summary, 2, text(language, "feedback.results.answeredInvitations"), figures.answeredInvitations());
            row(summary, 3, text(language, "feedback.results.answers"), figures.answers());
            row(summary, 4, text(language, "feedback.results.responseRate"), figures.responseRate());
            int r = 6;
            for (var measure : figures.measureMeans().entrySet()) {
                row(summary, r++, text(language, "feedback.measure." + measure.getKey()), measure.getValue());
            }
            if (figures.knowledgeShift() != null) {
                row(summary, r, text(language, "feedback.results.knowledgeShift"), figures.knowledgeShift());
            }
            Sheet questions = workbook.createSheet(text(language, "feedback.results.questions"));
            Row header = questions.createRow(0);
            String[] titles = {"feedback.results.question", "feedback.results.kind", "feedback.results.answered", "feedback.results.mean",
                    "feedback.results.nps", "feedback.results.value", "feedback.results.count"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(text(language, titles[c]));
            }
            int q = 1;
            for (FeedbackResults.QuestionResult result : figures.questions()) {
                Map<String, Long> bars = bars(result, language);
                if (bars.isEmpty()) {
                    bars = Map.of("", result.answered());
                }
                for (Map.Entry<String, Long> bar : bars.entrySet()) {
                    Row row = questions.createRow(q++);
                    row.createCell(0).setCellValue(result.question().getText().in(language));
                    row.createCell(1).setCellValue(text(language, "feedback.kind." + result.question().getKind()));
                    row.createCell(2).setCellValue(result.answered());
                    if (result.mean() != null) {
                        row.createCell(3).setCellValue(result.mean());
                    }
                    if (result.netPromoterScore() != null) {
                        row.createCell(4).setCellValue(result.netPromoterScore());
                    }
                    row.createCell(5).setCellValue(bar.getKey());
                    row.createCell(6).setCellValue(bar.getValue());
                }
            }
            Sheet free = workbook.createSheet(text(language, "feedback.results.texts"));
            int t = 0;
            for (FreeTextAnswer answer : texts) {
                Row row = free.createRow(t++);
                row.createCell(0).setCellValue(answer.answeredOn().toString());
                row.createCell(1).setCellValue(answer.text());
            }
            workbook.write(out);
        }
    }

    private static void row(Sheet sheet, int index, String label, double value) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private static String text(Language language, String key) {
        return Texts.message(language, key);
    }
}
