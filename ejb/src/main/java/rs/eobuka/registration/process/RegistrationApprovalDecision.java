package rs.eobuka.registration.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskSubject;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationApprovalService;
import rs.eobuka.session.TrainingSession;

/**
 * The organizers' "Approve registration" task in the inbox: its subject is the participant, their
 * municipality, the training, its city and date; approvals may be given in bulk (the rules are
 * the same for every registration holding a seat), and a rejection needs a reason
 * ({@link RegistrationApprovalService#decide}).
 */
@ApplicationScoped
public class RegistrationApprovalDecision implements TaskDecision {

    @Inject
    RegistrationApprovalService approvals;

    @PersistenceContext
    EntityManager em;

    @Override
    public Set<String> taskKeys() {
        return Set.of(RegistrationVariables.TASK_APPROVE);
    }

    @Override
    public boolean allowsBulkApproval() {
        return true;
    }

    @Override
    public void decide(String taskId, String username, boolean approved, String reason) {
        approvals.decide(taskId, username, approved, reason);
    }

    /** One query for the page: the registrations (keyed by id) with person, session, training and both municipalities. */
    @Override
    public Map<String, TaskSubject> subjects(Collection<String> businessKeys) {
        List<Long> ids = businessKeys.stream().filter(key -> key.matches("\\d{1,18}")).map(Long::valueOf).toList();
        Map<String, TaskSubject> subjects = new HashMap<>();
        if (ids.isEmpty()) {
            return subjects;
        }
        List<Object[]> rows = em.createQuery("select r, u from Registration r join fetch r.account join fetch r.session s"
                        + " join fetch s.training join fetch s.lsgu left join LocalSelfGovernmentUnit u on u.code = r.lsguCode"
                        + " where r.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            Registration registration = (Registration) row[0];
            subjects.put(registration.getId().toString(), new Subject(registration.getAccount().getFullName(),
                    (LocalSelfGovernmentUnit) row[1], registration.getSession()));
        }
        return subjects;
    }

    /** E.g. "Milica Jovanović (Kragujevac) — Digital skills, Čačak, 24. 11. 2026." */
    private record Subject(String person, LocalSelfGovernmentUnit lsgu, TrainingSession session) implements TaskSubject {

        @Override
        public String in(Language language) {
            String who = lsgu == null ? person : person + " (" + lsgu.name(language.isCyrillic()) + ")";
            return who + " — " + session.getTraining().title(language) + ", " + session.getLsgu().name(language.isCyrillic())
                    + ", " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()).format(session.getStartsAt());
        }
    }
}
