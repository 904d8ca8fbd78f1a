package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.competition.process.CompetitionVariables;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.time.SerbianTime;

/**
 * A juror's own page: the competitions they sit on, the entries they have scored in one of them
 * (paged in the database), each with every juror's scoring as {@link JuryService#scoringsSeenBy}
 * lets them see it (only once they have scored it themself), and how many scoring tasks they
 * still have open.
 */
@Stateless
public class JurorScoresService {

    static final int MAX_COMPETITIONS = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    JuryService jury;

    @Inject
    AccountLookupService accounts;

    @Inject
    TaskService tasks;

    /** A competition a juror sits on, with the criteria they score. */
    public record JurorCompetition(long id, LocalizedText title, CompetitionPhase phase, LocalDateTime entryCloses,
                                   LocalDateTime juryDeadline, List<EntryDetails.Criterion> criteria) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** One juror's scoring of an entry as the page shows it: by criterion id, with their weighted mean. */
    public record JurorScoring(String juror, String name, boolean own, Map<Long, Integer> scores, BigDecimal mean, String comment)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** An entry the juror has scored, with every scoring of it, theirs among them. */
    public record ScoredEntry(long entryId, String title, LocalizedText category, String lsguNameLatn, String lsguNameCyrl,
                              Instant scoredAt, List<JurorScoring> scorings) implements Serializable {

        private static final long serialVersionUID = 1L;

        public String lsguName(boolean cyrillic) {
            return cyrillic ? lsguNameCyrl : lsguNameLatn;
        }
    }

    /** The competitions the juror sits on, the latest first. */
    public List<JurorCompetition> competitionsOf(String juror) {
        LocalDateTime now = SerbianTime.now();
        return em.createQuery("select c from Competition c where :juror member of c.jurors order by c.entryOpens desc, c.id desc",
                        Competition.class).setParameter("juror", juror).setMaxResults(MAX_COMPETITIONS).getResultStream()
                .map(c -> new JurorCompetition(c.getId(), c.getTitle(), c.phaseAt(now), c.getEntryCloses(), c.getJuryDeadline(),
                        c.getCriteria().stream().map(k -> new EntryDetails.Criterion(k.getId(), k.getCode(), k.getName(), k.getWeight()))
                                .toList()))
                .toList();
    }

    /** The juror's scoring tasks still open, in every competition. */
    public long openScoringTasks(String juror) {
        return tasks.createTaskQuery().processDefinitionKey(CompetitionVariables.ENTRY_PROCESS_KEY)
                .taskDefinitionKey(CompetitionVariables.TASK_SCORE).taskAssignee(juror).count();
    }

    public long countScored(String juror, long competitionId) {
        return ((Number) em.createNativeQuery("select count(*) from competition_scoring s join competition_entry e on e.id = s.entry_id"
                + " where s.juror = ?1 and e.competition_id = ?2").setParameter(1, juror).setParameter(2, competitionId)
                .getSingleResult()).longValue();
    }

    /** A page of the entries the juror has scored in the competition, the latest scored first. */
    public List<ScoredEntry> scored(String juror, long competitionId, int first, int max) {
        Competition competition = em.find(Competition.class, competitionId);
        if (competition == null || !competition.isJuror(juror)) {
            return List.of();
        }
        Map<Long, BigDecimal> weights = new HashMap<>();
        competition.getCriteria().forEach(c -> weights.put(c.getId(), c.getWeight()));
        Map<String, String> names = new HashMap<>();
        List<ScoredEntry> page = new ArrayList<>();
        for (Object row : em.createNativeQuery("select e.id, e.title, c.name_sr_latn, c.name_sr_cyrl, c.name_en, l.name_latn, l.name_cyrl,"
                        + " s.scored_at from competition_scoring s join competition_entry e on e.id = s.entry_id"
                        + " join competition_category c on c.id = e.category_id join lsgu l on l.code = e.lsgu_code"
                        + " where s.juror = ?1 and e.competition_id = ?2 order by s.scored_at desc, e.id desc")
                .setParameter(1, juror).setParameter(2, competitionId).setFirstResult(first).setMaxResults(max).getResultList()) {
            Object[] r = (Object[]) row;
            long entryId = ((Number) r[0]).longValue();
            List<JurorScoring> scorings = new ArrayList<>();
            for (JuryService.Scoring scoring : jury.scoringsSeenBy(entryId, juror, false)) {
                String name = names.computeIfAbsent(scoring.juror(),
                        username -> accounts.findByUsername(username).map(Account::getFullName).orElse(username));
                scorings.add(new JurorScoring(scoring.juror(), name, scoring.juror().equals(juror), new LinkedHashMap<>(scoring.scores()),
                        scoring.scores().isEmpty() ? null : JuryService.weightedMean(scoring.scores(), weights), scoring.comment()));
            }
            page.add(new ScoredEntry(entryId, (String) r[1], new LocalizedText((String) r[2], (String) r[3], (String) r[4]), (String) r[5],
                    (String) r[6], instant(r[7]), scorings));
        }
        return page;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(java.time.ZoneId.systemDefault()).toInstant();
        }
        return (Instant) value;
    }
}
