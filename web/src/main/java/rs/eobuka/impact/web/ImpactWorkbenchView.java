package rs.eobuka.impact.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rs.eobuka.feedback.FreeTextAnswer;
import rs.eobuka.impact.ImpactFigureRows;
import rs.eobuka.impact.ImpactNarrative;
import rs.eobuka.impact.ImpactQuote;
import rs.eobuka.impact.ImpactReport;
import rs.eobuka.impact.ImpactReportService;
import rs.eobuka.impact.process.ImpactVariables;
import rs.eobuka.inbox.TaskCompletionService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.task.TaskCommand;

/**
 * An evaluator's workbench for one report (evaluator/report.xhtml): its figures; for its author,
 * the findings and recommendations in three languages, quotes chosen from the scope's free
 * texts, counting the figures again and sending it for review; for another evaluator, the review
 * (approve, or return with a comment). Decisions complete the report's tasks like the inbox does.
 */
@Named
@ViewScoped
public class ImpactWorkbenchView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CANDIDATES = 30;

    @Inject
    transient ImpactReportService reports;

    @Inject
    transient TaskCompletionService completions;

    @Inject
    transient CurrentUser user;

    private Long id;
    private ImpactReport report;
    private String findingsLatn;
    private String findingsCyrl;
    private String findingsEn;
    private String recommendationsLatn;
    private String recommendationsCyrl;
    private String recommendationsEn;
    private List<Long> quoteIds = new ArrayList<>();
    private String search;
    private List<FreeTextAnswer> candidates = List.of();
    private String comment;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            report = reports.get(id);
        } catch (NotFoundException e) {
            report = null;
            return;
        }
        LocalizedText findings = report.getFindings();
        findingsLatn = findings == null ? null : findings.getSrLatn();
        findingsCyrl = findings == null ? null : findings.getSrCyrl();
        findingsEn = findings == null ? null : findings.getEn();
        LocalizedText recommendations = report.getRecommendations();
        recommendationsLatn = recommendations == null ? null : recommendations.getSrLatn();
        recommendationsCyrl = recommendations == null ? null : recommendations.getSrCyrl();
        recommendationsEn = recommendations == null ? null : recommendations.getEn();
        quoteIds = new ArrayList<>(report.getQuotes().stream().map(ImpactQuote::getAnswerId).toList());
        if (isWriting()) {
            searchQuotes();
        }
    }

    public void searchQuotes() {
        List<Long> chosen = report.getQuotes().stream().map(ImpactQuote::getAnswerId).toList();
        candidates = reports.quoteCandidates(id, search, 0, CANDIDATES).stream().filter(c -> !chosen.contains(c.answerId())).toList();
    }

    public void save() {
        try {
            reports.write(id, user.getUsername(), narrative());
            reload();
            FacesTexts.info("impact.saved");
        } catch (DomainException e) {
            FacesTexts.error(e, "write");
        }
    }

    public void refresh() {
        try {
            reports.refreshFigures(id, user.getUsername());
            reload();
            FacesTexts.info("impact.refreshed");
        } catch (DomainException e) {
            FacesTexts.error(e, "write");
        }
    }

    /** Saves what is typed, then completes the author's task. */
    public void submit() throws IOException {
        try {
            reports.write(id, user.getUsername(), narrative());
            decide(ImpactVariables.TASK_WRITE, new TaskCommand(ImpactVariables.SUBMIT, null, null), "impact.submitted");
        } catch (DomainException e) {
            FacesTexts.error(e, "write");
        }
    }

    public void approve() throws IOException {
        decideReview(new TaskCommand(ImpactVariables.APPROVE, comment, null), "impact.approved");
    }

    public void returnToAuthor() throws IOException {
        decideReview(new TaskCommand(ImpactVariables.RETURN, comment, null), "impact.returned");
    }

    public void correct() throws IOException {
        try {
            ImpactReport correction = reports.correct(id, user.getUsername());
            FacesTexts.infoAfterRedirect("/evaluator/report.xhtml?id=" + correction.getId(), "impact.correctionStarted");
        } catch (DomainException e) {
            FacesTexts.error(e, "published");
        }
    }

    private void decideReview(TaskCommand command, String message) throws IOException {
        try {
            decide(ImpactVariables.TASK_REVIEW, command, message);
        } catch (DomainException e) {
            FacesTexts.error(e, "review");
        }
    }

    private void decide(String taskKey, TaskCommand command, String message) throws IOException {
        Optional<String> task = reports.openTaskId(id, taskKey);
        if (task.isEmpty()) {
            throw new NotFoundException("task.notFound");
        }
        completions.decide(task.get(), user.getUsername(), user.getGroups(), command);
        FacesTexts.infoAfterRedirect("/evaluator/report.xhtml?id=" + id, message);
    }

    private ImpactNarrative narrative() {
        return new ImpactNarrative(new LocalizedText(findingsLatn, findingsCyrl, findingsEn),
                new LocalizedText(recommendationsLatn, recommendationsCyrl, recommendationsEn), quoteIds);
    }

    private void reload() {
        report = reports.get(id);
    }

    public boolean isFound() {
        return report != null;
    }

    /** The author, while the report is a draft or returned. */
    public boolean isWriting() {
        return report != null && report.getStatus().isEditable() && report.getAuthor().equals(user.getUsername());
    }

    /** Another evaluator, while the report waits for review. */
    public boolean isReviewing() {
        return report != null && report.getStatus() == rs.eobuka.impact.ImpactReportStatus.IN_REVIEW
                && !report.getAuthor().equals(user.getUsername());
    }

    public boolean isOwnInReview() {
        return report != null && report.getStatus() == rs.eobuka.impact.ImpactReportStatus.IN_REVIEW
                && report.getAuthor().equals(user.getUsername());
    }

    public List<ImpactFigureRows.Row> getRows() {
        return ImpactFigureRows.of(reports.figuresOf(report), FacesTexts.language());
    }

    public String getArea() {
        return reports.areaName(report, FacesTexts.language());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ImpactReport getReport() { return report; }
    public String getFindingsLatn() { return findingsLatn; }
    public void setFindingsLatn(String v) { this.findingsLatn = v; }
    public String getFindingsCyrl() { return findingsCyrl; }
    public void setFindingsCyrl(String v) { this.findingsCyrl = v; }
    public String getFindingsEn() { return findingsEn; }
    public void setFindingsEn(String v) { this.findingsEn = v; }
    public String getRecommendationsLatn() { return recommendationsLatn; }
    public void setRecommendationsLatn(String v) { this.recommendationsLatn = v; }
    public String getRecommendationsCyrl() { return recommendationsCyrl; }
    public void setRecommendationsCyrl(String v) { this.recommendationsCyrl = v; }
    public String getRecommendationsEn() { return recommendationsEn; }
    public void setRecommendationsEn(String v) { this.recommendationsEn = v; }
    public List<Long> getQuoteIds() { return quoteIds; }
    public void setQuoteIds(List<Long> quoteIds) { this.quoteIds = quoteIds; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public List<FreeTextAnswer> getCandidates() { return candidates; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
