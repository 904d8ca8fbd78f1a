package rs.eobuka.session.process;

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
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskSubject;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.TrainingSession;

/**
 * The tasks of a proposed session in the inbox: both are about the session (training, city,
 * venue, date and who proposed it). The review is approved, or returned with a comment, one
 * session at a time (each needs a look, and the proposer may not review their own); the
 * revision is a form the proposer fills, not a decision ({@link #decides}).
 */
@ApplicationScoped
public class SessionReviewDecision implements TaskDecision {

    @Inject
    SessionApprovalService approvals;

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> taskKeys() {
        return Set.of(SessionApprovalVariables.TASK_REVIEW, SessionApprovalVariables.TASK_REVISE);
    }

    @Override
    public Set<String> decisions(String taskKey) {
        return SessionApprovalVariables.TASK_REVIEW.equals(taskKey) ? APPROVE_OR_REJECT : Set.of();
    }

    /** A return needs a comment; the API calls it the reason, so the refusal names that field. */
    @Override
    public void decide(String taskId, String username, TaskCommand command) {
        TaskDecision.requireReason(command.isApproval(), command.reason(), "session.review.commentRequired");
        approvals.review(taskId, username, command.isApproval(), command.reason());
    }

    /** One query for the page: the sessions (keyed by id) with training, municipality and the proposer's name. */
    @Override
    public Map<String, TaskSubject> subjects(Collection<String> businessKeys) {
        return TaskDecision.byRowIds(businessKeys, ids -> em.createQuery("select s, a.fullName from TrainingSession s"
                        + " join fetch s.training join fetch s.lsgu left join Account a on a.username = s.proposedBy where s.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.<Object[], String, TaskSubject>toMap(row -> ((TrainingSession) row[0]).getId().toString(),
                        row -> new Subject((TrainingSession) row[0], row[1] == null ? ((TrainingSession) row[0]).getProposedBy() : (String) row[1]))));
    }

    /** E.g. "Digital skills — Čačak, Hall 2, 24. 11. 2026. (Predrag Petrović)". */
    private record Subject(TrainingSession session, String proposer) implements TaskSubject {

        @Override
        public String in(Language language) {
            return session.getTraining().title(language) + " — " + session.getLsgu().name(language.isCyrillic()) + ", "
                    + session.getVenue() + ", "
                    + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()).format(session.getStartsAt())
                    + " (" + proposer + ")";
        }
    }
}
