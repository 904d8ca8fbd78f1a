package rs.eobuka.impact.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import rs.eobuka.impact.ImpactReport;
import rs.eobuka.impact.ImpactReportService;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskSubject;

/**
 * The tasks of an impact report in the inbox: the author's (write, then {@code SUBMIT}) and the
 * reviewer's ({@code APPROVE}, or {@code RETURN} with a {@code comment}), both about the report's
 * programme, period and area. One report at a time: each needs reading.
 */
@ApplicationScoped
public class ImpactReportDecision implements TaskDecision {

    @Inject
    ImpactReportService reports;

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> taskKeys() {
        return Set.of(ImpactVariables.TASK_WRITE, ImpactVariables.TASK_REVIEW);
    }

    @Override
    public Set<String> decisions(String taskKey) {
        return ImpactVariables.TASK_REVIEW.equals(taskKey) ? Set.of(ImpactVariables.APPROVE, ImpactVariables.RETURN)
                : Set.of(ImpactVariables.SUBMIT);
    }

    @Override
    public void decide(String taskId, String username, TaskCommand command) {
        if (command.is(ImpactVariables.SUBMIT)) {
            reports.submit(taskId, username);
            return;
        }
        String comment = command.payload().containsKey(ImpactVariables.COMMENT) && !command.payload().isNull(ImpactVariables.COMMENT)
                ? command.payload().getString(ImpactVariables.COMMENT, null) : command.reason();
        reports.review(taskId, username, command.is(ImpactVariables.APPROVE), comment);
    }

    @Override
    public Map<String, TaskSubject> subjects(Collection<String> businessKeys) {
        return TaskDecision.byRowIds(businessKeys, ids -> em.createQuery("select r from ImpactReport r join fetch r.programme"
                        + " where r.id in :ids", ImpactReport.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.<ImpactReport, String, TaskSubject>toMap(r -> r.getId().toString(), Subject::new)));
    }

    /** E.g. "Impact report: Digital Caravan, 1 Jan 2026 – 31 Mar 2026, Region Vojvodine (edition 2)". */
    private record Subject(ImpactReport report) implements TaskSubject {

        @Override
        public String in(Language language) {
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
            String area = report.getLsguCode() != null ? report.getLsguCode() : report.getRegion();
            return Texts.message(language, "impact.subject") + ": " + report.getProgramme().getName() + ", " + day.format(report.getFrom()) + " – " + day.format(report.getTo())
                    + (area == null ? "" : ", " + area) + (report.getEdition() > 1 ? " (" + report.getEdition() + ")" : "");
        }
    }
}
