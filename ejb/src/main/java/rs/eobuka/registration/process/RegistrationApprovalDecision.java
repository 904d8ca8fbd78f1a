package rs.eobuka.registration.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
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
import rs.eobuka.registration.RegistrationApprovalService;

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
    public void decide(String taskId, String username, TaskCommand command) {
        approvals.decide(taskId, username, command.isApproval(), command.reason());
    }

    /** One query for the page: the registrations (keyed by id) with person, training and both municipalities, as values. */
    @Override
    public Map<String, TaskSubject> subjects(Collection<String> businessKeys) {
        return TaskDecision.byRowIds(businessKeys, ids -> em.createQuery("select r.id, a.fullName, u.nameLatn, u.nameCyrl,"
                        + " t.titleSrLatn, t.titleSrCyrl, t.titleEn, c.nameLatn, c.nameCyrl, s.startsAt from Registration r join r.account a"
                        + " join r.session s join s.training t join s.lsgu c left join LocalSelfGovernmentUnit u on u.code = r.lsguCode"
                        + " where r.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.<Object[], String, TaskSubject>toMap(row -> row[0].toString(), row -> new Subject((String) row[1],
                        (String) row[2], (String) row[3], (String) row[4], (String) row[5], (String) row[6], (String) row[7],
                        (String) row[8], (LocalDateTime) row[9]))));
    }

    /** E.g. "Milica Jovanović (Kragujevac) — Digital skills, Čačak, 24. 11. 2026." */
    record Subject(String person, String lsguLatn, String lsguCyrl, String titleLatn, String titleCyrl,
                          String titleEn, String cityLatn, String cityCyrl, LocalDateTime start) implements TaskSubject {

        @Override
        public String in(Language language) {
            String lsgu = language.isCyrillic() ? lsguCyrl : lsguLatn;
            String title = switch (language) {
                case SR_CYRL -> titleCyrl;
                case EN -> titleEn;
                default -> titleLatn;
            };
            return (lsgu == null ? person : person + " (" + lsgu + ")") + " — " + title + ", "
                    + (language.isCyrillic() ? cityCyrl : cityLatn) + ", "
                    + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()).format(start);
        }
    }
}
