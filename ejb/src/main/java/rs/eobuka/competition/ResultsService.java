package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.competition.process.CompetitionVariables;
import rs.eobuka.platform.engine.NativeLookup;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.task.TaskDecision;

/**
 * A competition's results: ranked per category once the jury and the public have had their say
 * ({@link Ranking}), proposed by one organizer, approved by a second (four eyes: the proposer may
 * not approve), then published and every entrant told.
 */
@Stateless
public class ResultsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CompetitionService competitions;

    @Inject
    CompetitionAuditTrail audit;

    @Inject
    CompetitionNotices notices;

    @Inject
    TaskService tasks;

    /** Ranks every category again from the recorded jury scores and the confirmed votes, replacing the stored ranking. */
    public void rank(long competitionId) {
        Competition competition = competitions.get(competitionId);
        Map<Long, Long> votes = new HashMap<>();
        for (Object row : em.createNativeQuery("select entry_id, count(*) from competition_vote where competition_id = ?1 group by entry_id")
                .setParameter(1, competitionId).getResultList()) {
            Object[] r = (Object[]) row;
            votes.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        em.createNativeQuery("delete from competition_result where competition_id = ?1").setParameter(1, competitionId).executeUpdate();
        for (CompetitionCategory category : competition.getCategories()) {
            List<Ranking.Contender> contenders = new ArrayList<>();
            for (Object[] row : em.createQuery("select e.id, e.juryScore from CompetitionEntry e where e.category = :category"
                            + " and e.status = rs.eobuka.competition.EntryStatus.PUBLISHED", Object[].class)
                    .setParameter("category", category).getResultList()) {
                long entryId = (Long) row[0];
                contenders.add(new Ranking.Contender(entryId, (BigDecimal) row[1], votes.getOrDefault(entryId, 0L)));
            }
            int position = 1;
            for (Ranking.Place place : Ranking.rank(contenders, competition.getPublicVoteWeight())) {
                em.createNativeQuery("insert into competition_result (competition_id, category_id, entry_id, position, jury_score, votes,"
                                + " vote_share, final_score) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                        .setParameter(1, competitionId).setParameter(2, category.getId()).setParameter(3, place.entryId())
                        .setParameter(4, position++).setParameter(5, place.juryScore()).setParameter(6, place.votes())
                        .setParameter(7, place.voteShare()).setParameter(8, place.finalScore()).executeUpdate();
            }
        }
        audit.record(competitionId, null, CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.RESULTS_RANKED, votes.values().stream()
                .mapToLong(Long::longValue).sum() + " votes");
    }

    /** An organizer proposes the ranking as it stands. */
    public Competition propose(String taskId, String organizer) {
        Competition competition = lockedCompetitionOf(openTask(taskId, organizer, CompetitionVariables.TASK_PROPOSE_RESULTS));
        competition.resultsProposed(organizer);
        audit.record(competition.getId(), null, organizer, CompetitionAudit.Action.RESULTS_PROPOSED, null);
        tasks.complete(taskId);
        return competition;
    }

    /** A second organizer approves the proposed results, or returns them with a reason to be ranked and proposed again. */
    public Competition decide(String taskId, String organizer, boolean approved, String reason) {
        TaskDecision.requireReason(approved, reason, "competition.results.returnReasonRequired");
        Competition competition = lockedCompetitionOf(openTask(taskId, organizer, CompetitionVariables.TASK_APPROVE_RESULTS));
        if (organizer.equals(competition.getResultsProposedBy())) {
            throw new AccessDeniedException("competition.results.fourEyes");
        }
        if (approved) {
            competition.resultsApproved(organizer);
        } else {
            competition.resultsReturned();
        }
        audit.record(competition.getId(), null, organizer,
                approved ? CompetitionAudit.Action.RESULTS_APPROVED : CompetitionAudit.Action.RESULTS_RETURNED, reason);
        tasks.complete(taskId, Variables.createVariables().putValue(CompetitionVariables.RESULTS_APPROVED, approved));
        return competition;
    }

    /** Publishes approved results: the results page and API show them from now on. */
    public void publish(long competitionId) {
        competitions.get(competitionId).resultsPublished();
    }

    /** Tells every entrant of a published entry their place, in their language; the first of each category as its winner. */
    public void notifyEntrants(long competitionId) {
        for (Object row : em.createNativeQuery("select entry_id, position from competition_result where competition_id = ?1")
                .setParameter(1, competitionId).getResultList()) {
            Object[] r = (Object[]) row;
            notices.placed(em.find(CompetitionEntry.class, ((Number) r[0]).longValue()), ((Number) r[1]).intValue());
        }
    }

    /** A category's published results in order, paged; empty until they are approved. */
    public List<ResultEntry> results(long competitionId, String categoryCode, int first, int max) {
        return ranking(competitionId, categoryCode, true, first, max);
    }

    /**
     * A category's ranking as it stands, approved or not, paged: what the organizers propose and
     * approve. Only the results tasks' forms show it, to organizers.
     */
    public List<ResultEntry> rankingForReview(long competitionId, String categoryCode, int first, int max) {
        return ranking(competitionId, categoryCode, false, first, max);
    }

    /** How many entries a category's ranking holds. */
    public long rankedCount(long competitionId, String categoryCode) {
        return em.createQuery("select count(r) from CompetitionResult r, CompetitionCategory k where r.competitionId = :competition"
                        + " and k.id = r.categoryId and k.code = :category", Long.class)
                .setParameter("competition", competitionId).setParameter("category", categoryCode).getSingleResult();
    }

    private List<ResultEntry> ranking(long competitionId, String categoryCode, boolean approvedOnly, int first, int max) {
        return em.createQuery("select new rs.eobuka.competition.ResultEntry(k.code, r.position, e.id, e.title, e.entrantName, l.nameLatn,"
                        + " l.nameCyrl, r.juryScore, r.votes, r.voteShare, r.finalScore) from CompetitionResult r, CompetitionEntry e,"
                        + " CompetitionCategory k, LocalSelfGovernmentUnit l where r.competitionId = :competition and e.id = r.entryId"
                        + " and k.id = r.categoryId and l.code = e.lsguCode and k.code = :category"
                        + (approvedOnly ? " and e.competition.resultsStatus = rs.eobuka.competition.ResultsStatus.APPROVED" : "")
                        + " order by r.position", ResultEntry.class)
                .setParameter("competition", competitionId).setParameter("category", categoryCode)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Every category's published results in order, for the PDF; empty until approved. */
    public Map<CompetitionCategory, List<ResultEntry>> allResults(Competition competition) {
        Map<CompetitionCategory, List<ResultEntry>> all = new java.util.LinkedHashMap<>();
        for (CompetitionCategory category : competition.getCategories()) {
            all.put(category, results(competition.getId(), category.getCode(), 0, Integer.MAX_VALUE));
        }
        return all;
    }

    /** The competition of a results task, for its form; the caller must be allowed the task. */
    public Competition forTask(String taskId, String username) {
        return competitions.get(competitionOf(openTask(taskId, username, null)).getId());
    }

    private Task openTask(String taskId, String username, String taskKey) {
        Task task = NativeLookup.task(tasks, taskId);
        if (task == null || (taskKey != null && !taskKey.equals(task.getTaskDefinitionKey()))
                || !task.getProcessDefinitionId().startsWith(CompetitionVariables.COMPETITION_PROCESS_KEY + ":")) {
            throw new NotFoundException("task.notFound");
        }
        return task;
    }

    private Competition competitionOf(Task task) {
        return em.createQuery("select c from Competition c where c.processInstanceId = :instance", Competition.class)
                .setParameter("instance", task.getProcessInstanceId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("task.notFound"));
    }

    private Competition lockedCompetitionOf(Task task) {
        Competition competition = competitionOf(task);
        em.refresh(competition, LockModeType.PESSIMISTIC_WRITE);
        return competition;
    }
}
