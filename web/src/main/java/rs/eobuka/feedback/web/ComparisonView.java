package rs.eobuka.feedback.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import rs.eobuka.feedback.FeedbackResults;
import rs.eobuka.feedback.FeedbackResultsService;
import rs.eobuka.feedback.QuestionMeasure;
import rs.eobuka.feedback.ResultsScope;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.reference.LsguService;
import rs.eobuka.reference.NamedArea;
import rs.eobuka.reference.Programme;
import rs.eobuka.reference.ProgrammeService;

/**
 * Two scopes side by side (evaluator/compare.xhtml): two programmes, two regions or two periods,
 * each counted in the database like the results page; the response and every measure's mean in
 * a table and a grouped bar chart. By default the last six months against the six before.
 */
@Named
@ViewScoped
public class ComparisonView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<QuestionMeasure> MEANS = List.of(QuestionMeasure.SATISFACTION, QuestionMeasure.RELEVANCE,
            QuestionMeasure.TRAINER, QuestionMeasure.ORGANISATION, QuestionMeasure.KNOWLEDGE_BEFORE, QuestionMeasure.KNOWLEDGE_AFTER);

    @Inject
    transient FeedbackResultsService results;

    @Inject
    transient ProgrammeService programmes;

    @Inject
    transient LsguService lsgus;

    /** One side's choice. */
    public static class Side implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long programmeId;
        private String region;
        private LocalDate from;
        private LocalDate to;

        ResultsScope scope() {
            return new ResultsScope(null, programmeId, null, region == null || region.isBlank() ? null : region, from, to);
        }

        public Long getProgrammeId() { return programmeId; }
        public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
        public String getRegion() { return region; }
        public void setRegion(String region) { this.region = region; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate to) { this.to = to; }
    }

    /** A row of the table: the label and both sides' figures as shown. */
    public record Row(String key, String label, String a, String b) {
    }

    private final Side a = new Side();
    private final Side b = new Side();
    private FeedbackResults first;
    private FeedbackResults second;

    @PostConstruct
    void init() {
        LocalDate today = SerbianTime.now().toLocalDate();
        a.from = today.minusMonths(6).plusDays(1);
        a.to = today;
        b.from = today.minusMonths(12).plusDays(1);
        b.to = today.minusMonths(6);
        compare();
    }

    public void compare() {
        first = results.results(a.scope());
        second = results.results(b.scope());
    }

    public List<Row> getRows() {
        NumberFormat count = NumberFormat.getIntegerInstance(FacesTexts.language().locale());
        NumberFormat percent = NumberFormat.getPercentInstance(FacesTexts.language().locale());
        percent.setMaximumFractionDigits(1);
        NumberFormat decimal = NumberFormat.getNumberInstance(FacesTexts.language().locale());
        decimal.setMinimumFractionDigits(2);
        decimal.setMaximumFractionDigits(2);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("surveys", FacesTexts.text("feedback.results.surveys"), count.format(first.surveys()), count.format(second.surveys())));
        rows.add(new Row("invitations", FacesTexts.text("feedback.results.invited"), count.format(first.invitations()),
                count.format(second.invitations())));
        rows.add(new Row("answers", FacesTexts.text("feedback.results.answers"), count.format(first.answers()), count.format(second.answers())));
        rows.add(new Row("responseRate", FacesTexts.text("feedback.results.responseRate"), percent.format(first.responseRate()),
                percent.format(second.responseRate())));
        for (QuestionMeasure measure : MEANS) {
            rows.add(new Row(measure.name(), FacesTexts.text("feedback.compare.mean", FacesTexts.text("feedback.measure." + measure)),
                    mean(first.measureMeans().get(measure), decimal), mean(second.measureMeans().get(measure), decimal)));
        }
        rows.add(new Row("knowledgeShift", FacesTexts.text("feedback.results.knowledgeShift"), mean(first.knowledgeShift(), decimal),
                mean(second.knowledgeShift(), decimal)));
        rows.add(new Row("nps", FacesTexts.text("feedback.results.nps"), nps(first), nps(second)));
        return rows;
    }

    /** The measures' means of both sides as grouped bars. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder left = Json.createArrayBuilder();
        JsonArrayBuilder right = Json.createArrayBuilder();
        for (QuestionMeasure measure : MEANS) {
            labels.add(FacesTexts.text("feedback.measure." + measure));
            addMean(left, first.measureMeans().get(measure));
            addMean(right, second.measureMeans().get(measure));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", FacesTexts.text("feedback.compare.a")).add("data", left)
                                .add("backgroundColor", "#1d4f91"))
                        .add(Json.createObjectBuilder().add("label", FacesTexts.text("feedback.compare.b")).add("data", right)
                                .add("backgroundColor", "#b45309"))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0).add("max", 5))))
                .build().toString();
    }

    private static void addMean(JsonArrayBuilder data, Double mean) {
        if (mean == null) {
            data.addNull();
        } else {
            data.add(mean);
        }
    }

    private static String mean(Double value, NumberFormat decimal) {
        return value == null ? "–" : decimal.format(value);
    }

    /** The NPS of the recommendation question most answered in the scope. */
    private static String nps(FeedbackResults figures) {
        return figures.questions().stream()
                .filter(q -> q.question().getMeasure() == QuestionMeasure.RECOMMEND && q.netPromoterScore() != null)
                .max(Comparator.comparingLong(FeedbackResults.QuestionResult::answered))
                .map(q -> String.valueOf(q.netPromoterScore())).orElse("–");
    }

    public List<Programme> getProgrammes() {
        return programmes.findAll();
    }

    public List<NamedArea> getRegions() {
        return lsgus.regions();
    }

    public Side getA() { return a; }
    public Side getB() { return b; }
}
