package rs.eobuka.impact.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rs.eobuka.impact.ImpactFigureRows;
import rs.eobuka.impact.ImpactFigures;
import rs.eobuka.impact.ImpactReport;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;

/** A report's tables as an Excel workbook: the headline figures with the period before, and each breakdown on a sheet of its own. */
public final class ImpactWorkbook {

    private ImpactWorkbook() {
    }

    public static void write(ImpactReport report, ImpactFigures figures, Language language, OutputStream out) throws IOException {
        boolean cyrillic = language.isCyrillic();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet headline = workbook.createSheet(text(language, "impact.figures"));
            row(headline, 0, text(language, "impact.title"), report.getProgramme().getName() + ", " + report.getFrom() + " – " + report.getTo());
            Row header = headline.createRow(2);
            header.createCell(1).setCellValue(text(language, "impact.fig.thisPeriod"));
            header.createCell(2).setCellValue(text(language, "impact.fig.previous"));
            header.createCell(3).setCellValue(text(language, "impact.fig.change"));
            int r = 3;
            for (ImpactFigureRows.Row figure : ImpactFigureRows.of(figures, language)) {
                Row row = headline.createRow(r++);
                row.createCell(0).setCellValue(figure.label());
                row.createCell(1).setCellValue(figure.value());
                row.createCell(2).setCellValue(figure.previous());
                row.createCell(3).setCellValue(figure.change());
            }
            headline.autoSizeColumn(0);
            Sheet regions = workbook.createSheet(text(language, "impact.byRegion"));
            r = 0;
            for (ImpactFigures.Count count : figures.byRegion()) {
                row(regions, r++, count.name(cyrillic), count.count());
            }
            Sheet lsgus = workbook.createSheet(text(language, "impact.topLsgus"));
            r = 0;
            for (ImpactFigures.Count count : figures.topLsgus()) {
                row(lsgus, r++, count.name(cyrillic), count.count());
            }
            sheet(workbook, text(language, "impact.byType"), figures.byOrganisationType(), "organisationType.", language);
            sheet(workbook, text(language, "impact.byService"), figures.citizensByService(), "caravan.service.", language);
            workbook.write(out);
        }
    }

    private static void sheet(XSSFWorkbook workbook, String name, Map<String, Long> counts, String prefix, Language language) {
        Sheet sheet = workbook.createSheet(name);
        int r = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            row(sheet, r++, text(language, prefix + entry.getKey()), entry.getValue());
        }
        sheet.autoSizeColumn(0);
    }

    private static void row(Sheet sheet, int index, String label, Object value) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        if (value instanceof Number number) {
            row.createCell(1).setCellValue(number.doubleValue());
        } else {
            row.createCell(1).setCellValue(String.valueOf(value));
        }
    }

    private static String text(Language language, String key) {
        return Texts.message(language, key);
    }
}
