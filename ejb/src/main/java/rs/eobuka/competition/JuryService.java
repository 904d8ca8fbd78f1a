package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.competition.process.CompetitionVariables;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.RuleViolationException;

/**
 * The jury's work on an entry: who scores it (the competition's jurors, less those with a
 * conflict: declared, or living or working in the entry's municipality), each juror's scores of
 * every criterion, and the entry's jury score, the mean of the jurors who scored it.
 */
@Stateless
public class JuryService {

    static final int MIN_SCORE = 1;
    static final int MAX_SCORE = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    EntryService entries;

    @Inject
    AccountLookupService accounts;

    @Inject
    CompetitionAuditTrail audit;

    @Inject
    TaskService tasks;

    @Inject
    CompetitionNotices notices;

    /** One juror's scores of an entry, by criterion id, with their comment. */
    public record Scoring(String juror, Map<Long, Integer> scores, String comment, Instant scoredAt) {
    }

    /** The jurors who get a scoring task for the entry; a conflict of home municipality is recorded as one declared. */
    public List<String> assignJurors(long entryId) {
        CompetitionEntry entry = entries.get(entryId);
        Set<String> conflicted = new TreeSet<>(conflictsOf(entryId));
        List<String> assigned = new ArrayList<>();
        for (String juror : new TreeSet<>(entry.getCompetition().getJurors())) {
            if (conflicted.contains(juror)) {
                continue;
            }
            boolean home = accounts.findByUsername(juror).map(Account::getLsguCode).filter(entry.getLsguCode()::equals).isPresent();
            if (home) {
                insertConflict(entryId, juror);
                conflicted.add(juror);
            } else {
                assigned.add(juror);
            }
        }
        audit.record(entry.getCompetition().getId(), entryId, CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.JURORS_ASSIGNED,
                "jurors: " + String.join(", ", assigned) + "; conflicts: " + String.join(", ", conflicted));
        return assigned;
    }

    /**
     * A juror declares a conflict of interest with an entry: they get no scoring task for it, or,
     * when theirs is already open, it ends without scores. Declaring twice is declaring once.
     */
    public void declareConflict(long competitionId, long entryId, String juror) {
        CompetitionEntry entry = entries.get(entryId);
        if (entry.getCompetition().getId() != competitionId) {
            throw new RuleViolationException("entryId", "competition.entry.notFound");
        }
        if (!entry.getCompetition().isJuror(juror)) {
            throw new AccessDeniedException("competition.juror.notOnJury");
        }
        if (conflictsOf(entryId).contains(juror)) {
            return;
        }
        if (hasScored(entryId, juror)) {
            throw new RuleViolationException("entryId", "competition.conflict.alreadyScored");
        }
        insertConflict(entryId, juror);
        audit.record(competitionId, entryId, juror, CompetitionAudit.Action.CONFLICT_DECLARED, null);
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(entryId))
                .taskDefinitionKey(CompetitionVariables.TASK_SCORE).taskAssignee(juror).list()) {
            tasks.complete(task.getId());
        }
    }

    /** A juror's scores of the entry of their scoring task: every criterion, each 1 to 10. */
    public void score(String taskId, String juror, Map<Long, Integer> scores, String comment) {
        Task task = entries.openTask(taskId, juror, CompetitionVariables.TASK_SCORE);
        if (!juror.equals(task.getAssignee())) {
            throw new AccessDeniedException("task.assignedToOther");
        }
        CompetitionEntry entry = entries.entryOf(task);
        Competition competition = entry.getCompetition();
        Map<Long, Integer> given = new LinkedHashMap<>();
        for (CompetitionCriterion criterion : competition.getCriteria()) {
            Integer score = scores.get(criterion.getId());
            if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
                throw new RuleViolationException("scores", "competition.score.range", criterion.getCode(), MIN_SCORE, MAX_SCORE);
            }
            given.put(criterion.getId(), score);
        }
        Set<Long> unknown = new TreeSet<>(scores.keySet());
        unknown.removeAll(given.keySet());
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("scores", "competition.score.unknownCriterion", unknown.iterator().next());
        }
        Instant now = Instant.now();
        given.forEach((criterion, score) -> em.createNativeQuery(
                        "insert into competition_score (entry_id, juror, criterion_id, score) values (?1, ?2, ?3, ?4)")
                .setParameter(1, entry.getId()).setParameter(2, juror).setParameter(3, criterion).setParameter(4, score).executeUpdate());
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        em.createNativeQuery("insert into competition_scoring (entry_id, juror, comment, scored_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, entry.getId()).setParameter(2, juror).setParameter(3, text)
                .setParameter(4, java.sql.Timestamp.from(now)).executeUpdate();
        audit.record(competition.getId(), entry.getId(), juror, CompetitionAudit.Action.ENTRY_SCORED, given.toString());
        tasks.complete(taskId);
    }

    /** A juror's progress in a competition: entries scored, and scoring tasks still open. */
    public record Progress(String juror, long scored, long open) {
    }

    /** Every juror's progress, for organizers: two counts per juror. */
    public List<Progress> progress(long competitionId) {
        Competition competition = entries.competitionOf(competitionId);
        List<Progress> progress = new ArrayList<>();
        for (String juror : new TreeSet<>(competition.getJurors())) {
            long scored = ((Number) em.createNativeQuery("select count(*) from competition_scoring s join competition_entry e"
                    + " on e.id = s.entry_id where e.competition_id = ?1 and s.juror = ?2").setParameter(1, competitionId)
                    .setParameter(2, juror).getSingleResult()).longValue();
            progress.add(new Progress(juror, scored, openScorings(competitionId, juror)));
        }
        return progress;
    }

    /** Reminds every juror with scoring tasks still open in the competition, once, with their count and the deadline. */
    public void remindJurors(long competitionId) {
        Competition competition = entries.competitionOf(competitionId);
        for (String juror : competition.getJurors()) {
            long open = openScorings(competitionId, juror);
            if (open > 0) {
                accounts.findByUsername(juror).ifPresent(account -> notices.juryReminder(account, competition, open));
            }
        }
    }

    private long openScorings(long competitionId, String juror) {
        return tasks.createTaskQuery().taskDefinitionKey(CompetitionVariables.TASK_SCORE).taskAssignee(juror)
                .processVariableValueEquals(CompetitionVariables.COMPETITION_ID, competitionId).count();
    }

    /** The jury score of an entry: per juror the weighted mean of their scores, then the mean over the jurors who scored. */
    public void recordJuryScore(long entryId) {
        CompetitionEntry entry = entries.get(entryId);
        Map<Long, BigDecimal> weights = new HashMap<>();
        entry.getCompetition().getCriteria().forEach(c -> weights.put(c.getId(), c.getWeight()));
        List<Scoring> scorings = scorings(entryId);
        BigDecimal sum = BigDecimal.ZERO;
        for (Scoring scoring : scorings) {
            sum = sum.add(weightedMean(scoring.scores(), weights));
        }
        BigDecimal score = scorings.isEmpty() ? null : sum.divide(BigDecimal.valueOf(scorings.size()), 4, RoundingMode.HALF_UP);
        entry.scored(score, scorings.size());
        audit.record(entry.getCompetition().getId(), entryId, CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.JURY_SCORE_RECORDED,
                score == null ? "no scores" : score.toPlainString() + " from " + scorings.size());
    }

    /**
     * Every juror's scoring of the entry, for a juror who has submitted their own (before that,
     * none: the others' scores must not lead theirs) or for an organizer.
     */
    public List<Scoring> scoringsSeenBy(long entryId, String username, boolean organizer) {
        if (!organizer && !hasScored(entryId, username)) {
            return List.of();
        }
        return scorings(entryId);
    }

    public boolean hasScored(long entryId, String juror) {
        return !em.createNativeQuery("select 1 from competition_scoring where entry_id = ?1 and juror = ?2")
                .setParameter(1, entryId).setParameter(2, juror).getResultList().isEmpty();
    }

    public Set<String> conflictsOf(long entryId) {
        Set<String> jurors = new TreeSet<>();
        for (Object juror : em.createNativeQuery("select juror from competition_conflict where entry_id = ?1").setParameter(1, entryId)
                .getResultList()) {
            jurors.add((String) juror);
        }
        return jurors;
    }

    static BigDecimal weightedMean(Map<Long, Integer> scores, Map<Long, BigDecimal> weights) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weightSum = BigDecimal.ZERO;
        for (Map.Entry<Long, Integer> score : scores.entrySet()) {
            BigDecimal weight = Objects.requireNonNull(weights.get(score.getKey()), "criterion of another competition");
            total = total.add(weight.multiply(BigDecimal.valueOf(score.getValue())));
            weightSum = weightSum.add(weight);
        }
        return total.divide(weightSum, 6, RoundingMode.HALF_UP);
    }

    private List<Scoring> scorings(long entryId) {
        Map<String, Map<Long, Integer>> scores = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select juror, criterion_id, score from competition_score where entry_id = ?1"
                + " order by juror, criterion_id").setParameter(1, entryId).getResultList()) {
            Object[] r = (Object[]) row;
            scores.computeIfAbsent((String) r[0], j -> new LinkedHashMap<>()).put(((Number) r[1]).longValue(), ((Number) r[2]).intValue());
        }
        List<Scoring> scorings = new ArrayList<>();
        for (Object row : em.createNativeQuery("select juror, comment, scored_at from competition_scoring where entry_id = ?1 order by juror")
                .setParameter(1, entryId).getResultList()) {
            Object[] r = (Object[]) row;
            String juror = (String) r[0];
            scorings.add(new Scoring(juror, scores.getOrDefault(juror, Map.of()), (String) r[1], instant(r[2])));
        }
        return scorings;
    }

    private void insertConflict(long entryId, String juror) {
        em.createNativeQuery("insert into competition_conflict (entry_id, juror, declared_at) values (?1, ?2, ?3)")
                .setParameter(1, entryId).setParameter(2, juror).setParameter(3, java.sql.Timestamp.from(Instant.now())).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.atZone(java.time.ZoneId.systemDefault()).toInstant();
        }
        return (Instant) value;
    }
}
