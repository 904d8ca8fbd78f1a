package rs.eobuka.workshop.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskSubject;
import rs.eobuka.session.Topic;

/** What every workshop task is about, for the inbox: the topic, the organisation and its LSGU, and the proposed day. */
@ApplicationScoped
public class WorkshopTaskSubjects {

    @PersistenceContext
    EntityManager em;

    /** One query for a page of the inbox, keyed by request id. */
    public Map<String, TaskSubject> of(Collection<String> businessKeys) {
        return TaskDecision.byRowIds(businessKeys, ids -> em.createQuery("select w.id, w.topic, w.organisationName, l.nameLatn,"
                        + " l.nameCyrl, w.proposedStart from WorkshopRequest w, LocalSelfGovernmentUnit l"
                        + " where l.code = w.lsguCode and w.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.<Object[], String, TaskSubject>toMap(row -> row[0].toString(), row -> new Subject((Topic) row[1],
                        (String) row[2], (String) row[3], (String) row[4], (LocalDateTime) row[5]))));
    }

    /** E.g. "eSick Leave (eBolovanje) — Dom zdravlja Čačak (Čačak), 12.01.2027 10:00". */
    record Subject(Topic topic, String organisation, String lsguLatn, String lsguCyrl, LocalDateTime proposedStart)
            implements TaskSubject {

        @Override
        public String in(Language language) {
            String text = Texts.message(language, "topic." + topic.name()) + " — " + organisation + " ("
                    + (language.isCyrillic() ? lsguCyrl : lsguLatn) + ")";
            return proposedStart == null ? text : text + ", " + DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(proposedStart);
        }
    }
}
