package rs.eobuka.impact;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.feedback.FeedbackResultsService;
import rs.eobuka.feedback.FreeTextAnswer;
import rs.eobuka.feedback.ResultsScope;
import rs.eobuka.impact.process.ImpactVariables;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.Programme;

/**
 * Impact reports: drafted from the data, written by their author, reviewed by a second evaluator
 * through process {@code impact-report-review}, then published and never changed. The only
 * caller of the engine for reports; delegates and task decisions call it.
 */
@Stateless
public class ImpactReportService {

    /** A review is due this many working days after the report is submitted. */
    static final int REVIEW_WORKING_DAYS = 5;
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy.");

    @PersistenceContext
    EntityManager em;

    @Inject
    ImpactFiguresService figures;

    @Inject
    FeedbackResultsService feedback;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    /** A new draft with its figures counted now; its process waits for the author's text. */
    public ImpactReport create(@NotNull @Valid ImpactScope scope, String author) {
        ImpactScope checked = check(scope);
        Programme programme = em.find(Programme.class, checked.programmeId());
        Instant now = Instant.now();
        ImpactReport report = new ImpactReport(programme, checked, author, JSON.toJson(figures.draft(checked)), now);
        em.persist(report);
        em.flush();
        start(report);
        return report;
    }

    /** A correction of a published report: the next edition, as a draft of the same scope with fresh figures; one at a time. */
    public ImpactReport correct(long id, String author) {
        ImpactReport published = get(id);
        if (em.createQuery("select count(r) from ImpactReport r where r.replacesId = :id", Long.class).setParameter("id", id)
                .getSingleResult() > 0) {
            throw new rs.eobuka.platform.errors.ConflictException("status", "impact.alreadyCorrected");
        }
        ImpactReport next = published.correction(author, JSON.toJson(figures.draft(published.scope())), Instant.now());
        em.persist(next);
        em.flush();
        start(next);
        return next;
    }

    private void start(ImpactReport report) {
        report.attachProcess(runtime.startProcessInstanceByKey(ImpactVariables.PROCESS_KEY, report.getId().toString(),
                Variables.createVariables()
                        .putValue(ImpactVariables.REPORT_ID, report.getId())
                        .putValue(ImpactVariables.AUTHOR, report.getAuthor())).getId());
    }

    /** The report with its programme and quotes, as pages and the API read it after the transaction. */
    public ImpactReport get(long id) {
        return em.createQuery("select distinct r from ImpactReport r join fetch r.programme left join fetch r.quotes where r.id = :id",
                        ImpactReport.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("impact.notFound"));
    }

    /** A published report, for anyone; drafts and reports in review are not public. */
    public ImpactReport getPublished(long id) {
        ImpactReport report = get(id);
        if (!report.isPublished()) {
            throw new NotFoundException("impact.notFound");
        }
        return report;
    }

    public ImpactFigures figuresOf(ImpactReport report) {
        return JSON.fromJson(report.getFigures(), ImpactFigures.class);
    }

    /** The author's text and quotes; each quote must be a free-text answer of the report's scope. */
    public ImpactReport write(long id, String author, @NotNull @Valid ImpactNarrative narrative) {
        ImpactReport report = get(id);
        List<FreeTextAnswer> chosen = feedback.freeTextsByIds(resultsScope(report.scope()), narrative.quoteAnswerIds());
        if (chosen.size() != narrative.quoteAnswerIds().size()) {
            throw new RuleViolationException("quoteAnswerIds", "impact.quoteOutOfScope");
        }
        Map<Long, String> contexts = contexts(chosen);
        List<ImpactQuote> quotes = new ArrayList<>();
        for (FreeTextAnswer answer : chosen) {
            quotes.add(new ImpactQuote(answer.answerId(), answer.text(), contexts.getOrDefault(answer.surveyId(), "")
                    + ", " + MONTH.format(answer.answeredOn())));
        }
        report.write(author, clean(narrative.findings()), clean(narrative.recommendations()), quotes);
        return report;
    }

    /** Counts the draft's figures again (new sessions held, late answers). */
    public ImpactReport refreshFigures(long id, String author) {
        ImpactReport report = get(id);
        report.refreshFigures(author, JSON.toJson(figures.draft(report.scope())), Instant.now());
        return report;
    }

    /** Free texts of the report's scope to choose quotes from, newest first. */
    public List<FreeTextAnswer> quoteCandidates(long id, String search, int first, int max) {
        return feedback.freeTexts(resultsScope(get(id).scope()), search, first, max);
    }

    /** The author's task: hand the report in for review. */
    public void submit(String taskId, String author) {
        Task task = openTask(taskId, ImpactVariables.TASK_WRITE);
        ImpactReport report = reportOf(task);
        if (!report.getAuthor().equals(author)) {
            throw new AccessDeniedException("task.assignedToOther");
        }
        report.requireSubmittable();
        tasks.complete(taskId);
    }

    /** The reviewer's task: approve, or return with comments; never one's own report. */
    public void review(String taskId, String reviewer, boolean approved, String comment) {
        Task task = openTask(taskId, ImpactVariables.TASK_REVIEW);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (!approved && text == null) {
            throw new RuleViolationException("comment", "impact.review.commentRequired");
        }
        reportOf(task).recordReview(reviewer, text);
        tasks.complete(taskId, Variables.createVariables()
                .putValue(ImpactVariables.DECISION, approved ? ImpactVariables.APPROVE : ImpactVariables.RETURN)
                .putValue(ImpactVariables.COMMENT, text));
    }

    /** Called by the process when the author submits: the figures freeze; answers when the review is due. */
    public Date submitted(long id) {
        Instant now = Instant.now();
        ImpactReport report = get(id);
        report.submit(now);
        return SerbianTime.workingDaysAfter(now, REVIEW_WORKING_DAYS);
    }

    /** Called by the process after approval: public from now on, and the edition it corrects is marked replaced. */
    public void publish(long id) {
        ImpactReport report = get(id);
        report.publish(Instant.now());
        if (report.getReplacesId() != null) {
            get(report.getReplacesId()).replacedBy(report.getId());
        }
    }

    /** Called by the process when the reviewer returns the report. */
    public void returned(long id) {
        get(id).returnToAuthor();
    }

    /** Called by the process when the review is overdue. */
    public void escalateReview(long id) {
        get(id).escalateReview();
    }

    /** Reports, newest first: only the published ones, or (for evaluators) all. */
    public List<ImpactReport> list(boolean publishedOnly, int first, int max) {
        var query = em.createQuery("select r from ImpactReport r join fetch r.programme"
                + (publishedOnly ? " where r.status = :published" : "") + " order by r.createdAt desc, r.id desc", ImpactReport.class);
        if (publishedOnly) {
            query.setParameter("published", ImpactReportStatus.PUBLISHED);
        }
        List<ImpactReport> page = query.setFirstResult(first).setMaxResults(max).getResultList();
        // the quotes of the whole page in one batch (see ImpactReport#quotes), not a join that would page in memory
        page.forEach(r -> r.getQuotes().size());
        return page;
    }

    public long count(boolean publishedOnly) {
        var query = em.createQuery("select count(r) from ImpactReport r" + (publishedOnly ? " where r.status = :published" : ""), Long.class);
        if (publishedOnly) {
            query.setParameter("published", ImpactReportStatus.PUBLISHED);
        }
        return query.getSingleResult();
    }

    /** The published reports about an LSGU: its own, and those of its region or all of Serbia. */
    public List<ImpactReport> publishedAbout(LocalSelfGovernmentUnit unit, int max) {
        return em.createQuery("select r from ImpactReport r join fetch r.programme where r.status = :published"
                        + " and (r.lsguCode = :code or (r.lsguCode is null and (r.region is null or r.region = :region)))"
                        + " order by r.publishedAt desc", ImpactReport.class)
                .setParameter("published", ImpactReportStatus.PUBLISHED).setParameter("code", unit.getCode())
                .setParameter("region", unit.getRegionLatn()).setMaxResults(max).getResultList();
    }

    /** Where the report looks: all of Serbia, a region or an LSGU, named in the reader's script. */
    public String areaName(ImpactReport report, rs.eobuka.platform.i18n.Language language) {
        if (report.getLsguCode() != null) {
            LocalSelfGovernmentUnit unit = em.find(LocalSelfGovernmentUnit.class, report.getLsguCode());
            return unit == null ? report.getLsguCode() : unit.name(language.isCyrillic());
        }
        if (report.getRegion() != null) {
            return em.createQuery("select u from LocalSelfGovernmentUnit u where u.regionLatn = :region", LocalSelfGovernmentUnit.class)
                    .setParameter("region", report.getRegion()).setMaxResults(1).getResultStream().findFirst()
                    .map(u -> u.region(language.isCyrillic())).orElse(report.getRegion());
        }
        return rs.eobuka.platform.i18n.Texts.message(language, "impact.area.serbia");
    }

    private ImpactScope check(ImpactScope scope) {
        if (em.find(Programme.class, scope.programmeId()) == null) {
            throw new RuleViolationException("programmeId", "impact.programmeUnknown");
        }
        if (scope.to().isBefore(scope.from())) {
            throw new RuleViolationException("to", "impact.periodReversed");
        }
        String lsgu = blank(scope.lsguCode());
        String region = blank(scope.region());
        if (lsgu != null) {
            LocalSelfGovernmentUnit unit = em.find(LocalSelfGovernmentUnit.class, lsgu);
            if (unit == null || !unit.isInScope()) {
                throw new RuleViolationException("lsguCode", "impact.lsguUnknown");
            }
            region = null;
        } else if (region != null && em.createQuery("select count(u) from LocalSelfGovernmentUnit u where u.regionLatn = :region"
                + " and u.inScope = true", Long.class).setParameter("region", region).getSingleResult() == 0) {
            throw new RuleViolationException("region", "impact.regionUnknown");
        }
        return new ImpactScope(scope.programmeId(), scope.from(), scope.to(), region, lsgu);
    }

    private static ResultsScope resultsScope(ImpactScope scope) {
        return new ResultsScope(null, scope.programmeId(), scope.lsguCode(), scope.region(), scope.from(), scope.to());
    }

    /** Where each survey's answers were given: the training or event and its LSGU, in Serbian Latin. */
    private Map<Long, String> contexts(List<FreeTextAnswer> answers) {
        Map<Long, String> contexts = new HashMap<>();
        List<Long> surveys = answers.stream().map(FreeTextAnswer::surveyId).distinct().toList();
        if (surveys.isEmpty()) {
            return contexts;
        }
        for (Object row : em.createNativeQuery("select s.id, coalesce(t.title_sr_latn, ce.title, wt.title_sr_latn),"
                        + " coalesce(l1.name_latn, l2.name_latn, l3.name_latn) from feedback_survey s"
                        + " left join training_session ts on ts.id = s.session_id left join training t on t.id = ts.training_id"
                        + " left join lsgu l1 on l1.code = ts.lsgu_code left join caravan_event ce on ce.id = s.caravan_event_id"
                        + " left join lsgu l2 on l2.code = ce.lsgu_code left join workshop_request wr on wr.id = s.workshop_request_id"
                        + " left join training_session ws on ws.id = wr.session_id left join training wt on wt.id = ws.training_id"
                        + " left join lsgu l3 on l3.code = wr.lsgu_code where s.id in (:ids)")
                .setParameter("ids", surveys).getResultList()) {
            Object[] cells = (Object[]) row;
            contexts.put(((Number) cells[0]).longValue(), cells[1] + ", " + cells[2]);
        }
        return contexts;
    }

    /** The open task of this kind of the report's process, if there is one (the workbench's buttons complete it). */
    public java.util.Optional<String> openTaskId(long reportId, String taskKey) {
        ImpactReport report = get(reportId);
        if (report.getProcessInstanceId() == null) {
            return java.util.Optional.empty();
        }
        return tasks.createTaskQuery().processInstanceId(report.getProcessInstanceId()).taskDefinitionKey(taskKey).list().stream()
                .findFirst().map(Task::getId);
    }

    private Task openTask(String taskId, String key) {
        Task task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(ImpactVariables.PROCESS_KEY).singleResult();
        if (task == null || !key.equals(task.getTaskDefinitionKey())) {
            throw new NotFoundException("task.notFound");
        }
        return task;
    }

    private ImpactReport reportOf(Task task) {
        return em.createQuery("select r from ImpactReport r where r.processInstanceId = :instance", ImpactReport.class)
                .setParameter("instance", task.getProcessInstanceId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("task.notFound"));
    }

    private static LocalizedText clean(LocalizedText text) {
        return text == null ? null : new LocalizedText(blank(text.getSrLatn()), blank(text.getSrCyrl()), blank(text.getEn()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
