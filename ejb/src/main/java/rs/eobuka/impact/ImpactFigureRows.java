package rs.eobuka.impact;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;

/**
 * A report's headline figures as rows to show, print and export the same way: the label in the
 * reader's language, this period's figure, the previous period's and the change.
 */
public final class ImpactFigureRows {

    /** {@code change}: the difference written with its sign, or a dash where there is nothing to compare. */
    public record Row(String key, String label, String value, String previous, String change) {
    }

    private ImpactFigureRows() {
    }

    public static List<Row> of(ImpactFigures f, Language language) {
        ImpactFigures.Headline p = f.previous();
        NumberFormat count = NumberFormat.getIntegerInstance(language.locale());
        NumberFormat decimal = NumberFormat.getNumberInstance(language.locale());
        decimal.setMinimumFractionDigits(2);
        decimal.setMaximumFractionDigits(2);
        NumberFormat percent = NumberFormat.getPercentInstance(language.locale());
        percent.setMaximumFractionDigits(1);
        List<Row> rows = new ArrayList<>();
        rows.add(counted("sessionsHeld", f.sessionsHeld(), p.sessionsHeld(), count, language));
        rows.add(new Row("workshopsHeld", label("workshopsHeld", language), count.format(f.workshopsHeld()), "–", "–"));
        rows.add(counted("participantsTrained", f.participantsTrained(), p.participantsTrained(), count, language));
        rows.add(new Row("attendanceRate", label("attendanceRate", language), percent.format(f.attendanceRate()), "–", "–"));
        rows.add(new Row("certificatesIssued", label("certificatesIssued", language), count.format(f.certificatesIssued()), "–", "–"));
        rows.add(new Row("lsgusReached", label("lsgusReached", language),
                Texts.message(language, "impact.fig.ofAll", count.format(f.lsgusReached()), count.format(f.lsgusInScope())),
                count.format(p.lsgusReached()), signed(f.lsgusReached() - p.lsgusReached(), count)));
        rows.add(counted("caravanEvents", f.caravanEvents(), p.caravanEvents(), count, language));
        rows.add(counted("citizensHelped", f.citizensHelped(), p.citizensHelped(), count, language));
        rows.add(new Row("invitations", label("invitations", language), count.format(f.invitations()), "–", "–"));
        rows.add(new Row("answers", label("answers", language), count.format(f.answers()), "–", "–"));
        rows.add(new Row("responseRate", label("responseRate", language), percent.format(f.responseRate()), percent.format(p.responseRate()),
                signedPoints(f.responseRate() - p.responseRate(), decimal, language)));
        rows.add(new Row("satisfaction", label("satisfaction", language), mean(f.satisfactionMean(), decimal),
                mean(p.satisfactionMean(), decimal), f.satisfactionMean() == null || p.satisfactionMean() == null ? "–"
                : signed(f.satisfactionMean() - p.satisfactionMean(), decimal)));
        rows.add(new Row("knowledgeShift", label("knowledgeShift", language), f.knowledgeShift() == null ? "–"
                : signed(f.knowledgeShift(), decimal), "–", "–"));
        return rows;
    }

    private static Row counted(String key, long now, long before, NumberFormat count, Language language) {
        return new Row(key, label(key, language), count.format(now), count.format(before), signed(now - before, count));
    }

    private static String label(String key, Language language) {
        return Texts.message(language, "impact.fig." + key);
    }

    private static String mean(Double value, NumberFormat decimal) {
        return value == null ? "–" : decimal.format(value);
    }

    private static String signed(double difference, NumberFormat format) {
        return difference > 0 ? "+" + format.format(difference) : difference < 0 ? "−" + format.format(-difference) : format.format(0);
    }

    private static String signedPoints(double difference, NumberFormat decimal, Language language) {
        NumberFormat points = NumberFormat.getNumberInstance(language.locale());
        points.setMaximumFractionDigits(1);
        return Texts.message(language, "impact.fig.points", signed(difference * 100, points));
    }
}
