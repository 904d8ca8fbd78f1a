package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskSubject;

/** What an entry's task is about, for the inbox: the entry's title, its category and its municipality. */
@ApplicationScoped
public class EntryTaskSubjects {

    @PersistenceContext
    EntityManager em;

    /** One query for a page of the inbox, keyed by entry id. */
    public Map<String, TaskSubject> of(Collection<String> businessKeys) {
        return TaskDecision.byRowIds(businessKeys, ids -> em.createQuery("select e.id, e.title, e.category.name, l.nameLatn, l.nameCyrl"
                        + " from CompetitionEntry e, LocalSelfGovernmentUnit l where l.code = e.lsguCode and e.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.<Object[], String, TaskSubject>toMap(row -> row[0].toString(),
                        row -> new Subject((String) row[1], (LocalizedText) row[2], (String) row[3], (String) row[4]))));
    }

    /** E.g. "„eVrtić u dva klika" — Moja e-usluga (Čačak)". */
    record Subject(String title, LocalizedText category, String lsguLatn, String lsguCyrl) implements TaskSubject {

        @Override
        public String in(Language language) {
            return "„" + title + "“ — " + category.in(language) + " (" + (language.isCyrillic() ? lsguCyrl : lsguLatn) + ")";
        }
    }
}
