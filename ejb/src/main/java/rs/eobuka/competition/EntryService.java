package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.competition.process.CompetitionVariables;
import rs.eobuka.platform.engine.NativeLookup;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.privacy.ConsentPurpose;
import rs.eobuka.platform.privacy.ConsentRecord;
import rs.eobuka.platform.privacy.ConsentService;
import rs.eobuka.platform.security.OneUseTokens;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.reference.LsguService;

/**
 * A competition entry's way through the {@code competition-entry} process up to the gallery:
 * received (the {@code entry-eligibility} decision), confirmed by its one-use link, discarded
 * when never confirmed, moderated, published or rejected. The only caller of the engine for entries.
 */
@Stateless
public class EntryService {

    /** An entry not confirmed within this time is discarded. */
    static final Duration CONFIRM_WITHIN = Duration.ofHours(48);
    /** Organizers should moderate within two working days. */
    static final int MODERATION_WORKING_DAYS = 2;

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsentService consents;

    @Inject
    CompetitionService competitions;

    @Inject
    EntryEligibility eligibility;

    @Inject
    LsguService lsgus;

    @Inject
    CompetitionNotices notices;

    @Inject
    CompetitionAuditTrail audit;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    /** What a submission returns: the entry, and its confirmation token (sent by e-mail, kept nowhere in clear). */
    public record Received(CompetitionEntry entry, String token) {
    }

    /**
     * Receives an entry, images already read: refusals of the decision are 422s naming the
     * field they are about; the entrant gets the confirmation link in their language.
     */
    public Received submit(long competitionId, @NotNull @Valid EntryDraft draft, List<byte[]> images, Language language) {
        Competition competition = competitions.get(competitionId);
        CompetitionCategory category = competition.category(draft.category().strip())
                .orElseThrow(() -> new RuleViolationException("category", "competition.category.invalid"));
        String lsguCode = draft.lsguCode().strip();
        lsgus.findByCode(lsguCode).orElseThrow(() -> new RuleViolationException("lsguCode", "eobuka.lsgu.invalid"));
        if (images.size() > EntryImages.MAX_IMAGES) {
            throw new RuleViolationException("images", "competition.image.tooMany", EntryImages.MAX_IMAGES);
        }
        List<EntryImages.Encoded> encoded = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            encoded.add(EntryImages.verify(images.get(i), i + 1));
        }
        Instant now = Instant.now();
        String email = EntryDraft.normalisedEmail(draft.email());
        boolean entered = !em.createQuery("select e.id from CompetitionEntry e where e.category = :category and e.email = :email", Long.class)
                .setParameter("category", category).setParameter("email", email).setMaxResults(1).getResultList().isEmpty();
        String refusal = eligibility.refusal(competition, now, competition.lsgusOf(category.getTrack()).contains(lsguCode), entered);
        if (refusal != null) {
            throw refused(refusal);
        }
        String token = OneUseTokens.newToken();
        CompetitionEntry entry = new CompetitionEntry(category, draft, language, OneUseTokens.hash(token), now);
        em.persist(entry);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // another entry with this address in this category was stored at the same moment: the unique key keeps one
            throw refused("ALREADY_ENTERED");
        }
        for (int i = 0; i < encoded.size(); i++) {
            em.persist(new EntryImage(entry, i + 1, encoded.get(i)));
        }
        consents.give(ConsentPurpose.COMPETITION_ENTRY, null, email, language, ConsentRecord.reference("entry", entry.getId()));
        audit.record(competitionId, entry.getId(), CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.ENTRY_SUBMITTED,
                category.getCode() + " " + lsguCode);
        notices.confirmEntry(entry, token, CONFIRM_WITHIN.toHours());
        entry.attachProcess(runtime.startProcessInstanceByKey(CompetitionVariables.ENTRY_PROCESS_KEY, entry.getId().toString(),
                Variables.createVariables()
                        .putValue(CompetitionVariables.ENTRY_ID, entry.getId())
                        .putValue(CompetitionVariables.COMPETITION_ID, competitionId)
                        .putValue(CompetitionVariables.CONFIRMATION_DEADLINE, Date.from(now.plus(CONFIRM_WITHIN)))
                        .putValue(CompetitionVariables.ENTRY_CLOSES, SerbianTime.date(competition.getEntryCloses()))
                        .putValue(CompetitionVariables.JURY_DEADLINE, SerbianTime.date(competition.getJuryDeadline()))).getId());
        return new Received(entry, token);
    }

    /**
     * Confirms the entry of this link, once: the row's guarded update decides between two clicks
     * at the same moment. A used link is a conflict; an unknown or expired one is not found.
     */
    public CompetitionEntry confirm(String token) {
        String hash = token == null || token.isBlank() ? "" : OneUseTokens.hash(token.strip());
        int confirmed = em.createNativeQuery("update competition_entry set status = 'AWAITING_MODERATION', version = version + 1"
                        + " where confirmation_hash = ?1 and status = 'AWAITING_CONFIRMATION'")
                .setParameter(1, hash).executeUpdate();
        CompetitionEntry entry = em.createQuery("select e from CompetitionEntry e where e.confirmationHash = :hash", CompetitionEntry.class)
                .setParameter("hash", hash).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("competition.confirm.unknown"));
        if (confirmed == 0) {
            throw new ConflictException(null, "competition.confirm.used");
        }
        em.refresh(entry);
        Instant now = Instant.now();
        entry.confirmed(now);
        audit.record(entry.getCompetition().getId(), entry.getId(), CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.ENTRY_CONFIRMED, null);
        runtime.createMessageCorrelation(CompetitionVariables.MESSAGE_ENTRY_CONFIRMED).processInstanceBusinessKey(entry.getId().toString())
                .setVariable(CompetitionVariables.MODERATION_DUE_DATE, SerbianTime.workingDaysAfter(now, MODERATION_WORKING_DAYS))
                .correlate();
        return entry;
    }

    /** The entry of a confirmation link, to show it before the entrant confirms; empty when the link is unknown. */
    public Optional<CompetitionEntry> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select e from CompetitionEntry e where e.confirmationHash = :hash", CompetitionEntry.class)
                .setParameter("hash", OneUseTokens.hash(token.strip())).getResultStream().findFirst();
    }

    /** An entry never confirmed goes, with its images and personal data; the audit keeps that it was discarded. */
    public void discard(long entryId) {
        CompetitionEntry entry = em.find(CompetitionEntry.class, entryId);
        if (entry == null || entry.getStatus() != EntryStatus.AWAITING_CONFIRMATION) {
            return;
        }
        audit.record(entry.getCompetition().getId(), entryId, CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.ENTRY_DISCARDED, null);
        em.createQuery("delete from EntryImage i where i.entry = :entry").setParameter("entry", entry).executeUpdate();
        em.remove(entry);
    }

    /** The competition, read whole (for a caller in another bean of this feature). */
    public Competition competitionOf(long competitionId) {
        return competitions.get(competitionId);
    }

    public CompetitionEntry get(long entryId) {
        CompetitionEntry entry = em.find(CompetitionEntry.class, entryId);
        if (entry == null) {
            throw new NotFoundException("competition.entry.notFound");
        }
        return entry;
    }

    /** The entry behind a moderation or scoring task, for its form; the caller must be allowed the task. */
    public CompetitionEntry forTask(String taskId, String username) {
        return entryOf(openTask(taskId, username, null));
    }

    public CompetitionEntry accept(String taskId, String organizer) {
        return moderate(taskId, organizer, true, null);
    }

    public CompetitionEntry reject(String taskId, String organizer, String reason) {
        TaskDecision.requireReason(false, reason, "competition.reason.required");
        return moderate(taskId, organizer, false, reason.strip());
    }

    /** Publishes an accepted entry in the gallery and tells the entrant (the process's step after an acceptance). */
    public void publish(long entryId) {
        CompetitionEntry entry = get(entryId);
        entry.published();
        notices.published(entry);
    }

    public void tellRejected(long entryId) {
        notices.rejected(get(entryId));
    }

    private CompetitionEntry moderate(String taskId, String organizer, boolean accepted, String reason) {
        Task task = openTask(taskId, organizer, CompetitionVariables.TASK_MODERATE);
        CompetitionEntry entry = entryOf(task);
        em.refresh(entry, LockModeType.PESSIMISTIC_WRITE);
        entry.moderated(accepted, reason, organizer, Instant.now());
        audit.record(entry.getCompetition().getId(), entry.getId(), organizer,
                accepted ? CompetitionAudit.Action.ENTRY_ACCEPTED : CompetitionAudit.Action.ENTRY_REJECTED, reason);
        tasks.complete(taskId, Variables.createVariables().putValue(CompetitionVariables.ACCEPTED, accepted));
        return entry;
    }

    /** An open task of an entry's process (of this key, when given) that the user may work on; for the jury's scoring too. */
    public Task openTask(String taskId, String username, String taskKey) {
        Task task = NativeLookup.task(tasks, taskId);
        if (task == null || (taskKey != null && !taskKey.equals(task.getTaskDefinitionKey()))
                || !task.getProcessDefinitionId().startsWith(CompetitionVariables.ENTRY_PROCESS_KEY + ":")) {
            throw new NotFoundException("task.notFound");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
            throw new AccessDeniedException("task.assignedToOther");
        }
        return task;
    }

    /** The entry whose process a task belongs to. */
    public CompetitionEntry entryOf(Task task) {
        return em.createQuery("select e from CompetitionEntry e where e.processInstanceId = :instance", CompetitionEntry.class)
                .setParameter("instance", task.getProcessInstanceId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("task.notFound"));
    }

    private static RuleViolationException refused(String reason) {
        String field = switch (reason) {
            case "LSGU_NOT_IN_TRACK" -> "lsguCode";
            case "ALREADY_ENTERED" -> "email";
            default -> null;
        };
        return new RuleViolationException(field, "competition.entry.refused." + reason);
    }
}
