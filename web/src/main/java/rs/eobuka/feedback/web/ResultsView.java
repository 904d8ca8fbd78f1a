package rs.eobuka.feedback.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import rs.eobuka.feedback.FeedbackResults;
import rs.eobuka.feedback.FeedbackResultsService;
import rs.eobuka.feedback.FreeTextAnswer;
import rs.eobuka.feedback.QuestionKind;
import rs.eobuka.feedback.ResultsScope;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.web.BarChart;
import rs.eobuka.reference.LsguService;
import rs.eobuka.reference.NamedArea;
import rs.eobuka.reference.Programme;
import rs.eobuka.reference.ProgrammeService;

/**
 * The evaluator's results: a scope (a session, or a programme, region, LSGU and period), its
 * response, each question's figures with a chart, the free texts (searchable), and the same
 * figures as an Excel workbook.
 */
@Named
@ViewScoped
public class ResultsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TEXTS = 50;

    @Inject
    transient FeedbackResultsService results;

    @Inject
    transient ProgrammeService programmes;

    @Inject
    transient LsguService lsgus;

    private Long sessionId;
    private Long programmeId;
    private String region;
    private LocalDate from;
    private LocalDate to;
    private String search;
    private FeedbackResults figures;
    private List<FreeTextAnswer> texts;

    public void load() {
        show();
    }

    public void show() {
        ResultsScope scope = scope();
        figures = results.results(scope);
        texts = results.freeTexts(scope, search, 0, TEXTS);
    }

    public void searchTexts() {
        texts = results.freeTexts(scope(), search, 0, TEXTS);
    }

    ResultsScope scope() {
        return new ResultsScope(sessionId, programmeId, null, region, from, to);
    }

    /** The question's text for a free-text answer, in the reader's language. */
    public String questionOf(FreeTextAnswer text) {
        return figures.questions().stream().filter(q -> q.question().getId() == text.questionId()).findFirst()
                .map(q -> q.question().getText().in(FacesTexts.language())).orElse("");
    }

    /** A bar chart of a scale's or a choice's answers, as Chart.js reads it; null for free text. */
    public String chart(FeedbackResults.QuestionResult result) {
        if (result.question().getKind() == QuestionKind.TEXT) {
            return null;
        }
        return BarChart.of(ResultsWorkbook.bars(result, FacesTexts.language()), FacesTexts.text("feedback.results.answers"), false);
    }

    /** The rows of a question's distribution table: value or option, count, share. */
    public List<Map.Entry<String, Long>> bars(FeedbackResults.QuestionResult result) {
        return List.copyOf(ResultsWorkbook.bars(result, FacesTexts.language()).entrySet());
    }

    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"eobuka-feedback-results.xlsx\"");
        ResultsWorkbook.write(figures, results.freeTexts(scope(), null, 0, 10_000), FacesTexts.language(), external.getResponseOutputStream());
        faces.responseComplete();
    }

    public List<Programme> getProgrammes() {
        return programmes.findAll();
    }

    public List<NamedArea> getRegions() {
        return lsgus.regions();
    }

    public FeedbackResults getFigures() { return figures; }
    public List<FreeTextAnswer> getTexts() { return texts; }
    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
