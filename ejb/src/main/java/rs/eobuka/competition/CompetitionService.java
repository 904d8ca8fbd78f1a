package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.AccountStatus;
import rs.eobuka.campaign.Campaign;
import rs.eobuka.competition.process.CompetitionVariables;
import rs.eobuka.platform.errors.InvalidFieldsException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.time.SerbianTime;

/**
 * Sets competitions up, each with its {@code competition} process (entries close, jurors are
 * reminded, the vote closes, the results are ranked, proposed, approved and published), and
 * reads them for the public. Each entry runs its own {@code competition-entry} process
 * ({@link EntryService}), which opens the jury's scoring when the entry window closes.
 */
@Stateless
public class CompetitionService {

    static final Duration JURY_REMINDER_BEFORE = Duration.ofDays(2);
    private static final String CODE = "[A-Z][A-Z0-9_]{0,39}";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLookupService accounts;

    @Inject
    CompetitionAuditTrail audit;

    @Inject
    RuntimeService runtime;

    /** Every refusal of the draft at once, each naming its field. */
    public Competition create(CompetitionDraft draft, String organizer) {
        List<RuleViolationException> refusals = new ArrayList<>();
        Campaign campaign = em.find(Campaign.class, draft.campaignId());
        if (campaign == null) {
            refusals.add(new RuleViolationException("campaignId", "campaign.notFound"));
        }
        complete(refusals, "title", draft.title());
        complete(refusals, "rules", draft.rules());
        checkCategories(refusals, draft.categories());
        checkCriteria(refusals, draft.criteria());
        checkJurors(refusals, draft.jurors());
        checkWindows(refusals, draft);
        if (draft.publicVoteWeight().signum() < 0 || draft.publicVoteWeight().compareTo(BigDecimal.ONE) > 0) {
            refusals.add(new RuleViolationException("publicVoteWeight", "competition.weight.range"));
        }
        if (!refusals.isEmpty()) {
            throw new InvalidFieldsException(refusals);
        }
        Competition competition = new Competition(campaign, draft, organizer, Instant.now());
        em.persist(competition);
        em.flush();
        audit.record(competition.getId(), null, organizer, CompetitionAudit.Action.COMPETITION_CREATED, null);
        competition.attachProcess(runtime.startProcessInstanceByKey(CompetitionVariables.COMPETITION_PROCESS_KEY,
                competition.getId().toString(), Variables.createVariables()
                        .putValue(CompetitionVariables.COMPETITION_ID, competition.getId())
                        .putValue(CompetitionVariables.ENTRY_CLOSES, SerbianTime.date(draft.entryCloses()))
                        .putValue(CompetitionVariables.JURY_REMINDER_DATE, SerbianTime.date(juryReminder(draft)))
                        .putValue(CompetitionVariables.JURY_DEADLINE, SerbianTime.date(draft.juryDeadline()))
                        .putValue(CompetitionVariables.VOTE_CLOSES, SerbianTime.date(draft.voteCloses()))).getId());
        return competition;
    }

    public Competition get(long id) {
        Competition competition = em.find(Competition.class, id);
        if (competition == null) {
            throw new NotFoundException("competition.notFound");
        }
        // read whole: callers outside the transaction show the categories, criteria and jury
        org.hibernate.Hibernate.initialize(competition.getCampaign());
        competition.getCategories();
        competition.getCriteria();
        competition.getJurors();
        return competition;
    }

    /** The competition of this id read whole, or empty for no id or an unknown one: a public page says so plainly. */
    public Optional<Competition> find(Long id) {
        return id == null || em.find(Competition.class, id) == null ? Optional.empty() : Optional.of(get(id));
    }

    /** A campaign's competitions, the latest first. */
    public List<Competition> ofCampaign(long campaignId) {
        return em.createQuery("select c from Competition c where c.campaign.id = :campaign order by c.entryOpens desc, c.id desc",
                Competition.class).setParameter("campaign", campaignId).setMaxResults(50).getResultList();
    }

    /** Jurors are reminded two days before their deadline, or halfway through a shorter jury round. */
    static LocalDateTime juryReminder(CompetitionDraft draft) {
        Duration round = Duration.between(draft.entryCloses(), draft.juryDeadline());
        Duration before = round.compareTo(JURY_REMINDER_BEFORE.multipliedBy(2)) < 0 ? round.dividedBy(2) : JURY_REMINDER_BEFORE;
        return draft.juryDeadline().minus(before);
    }

    private static void complete(List<RuleViolationException> refusals, String field, LocalizedText text) {
        if (text == null || !text.isComplete()) {
            refusals.add(new RuleViolationException(field, "competition.text.threeLanguages"));
        }
    }

    private static void checkCategories(List<RuleViolationException> refusals, List<CompetitionDraft.Category> categories) {
        if (categories.isEmpty()) {
            refusals.add(new RuleViolationException("categories", "competition.categories.required"));
        }
        Set<String> codes = new HashSet<>();
        for (CompetitionDraft.Category category : categories) {
            if (category.code() == null || !category.code().matches(CODE) || !codes.add(category.code())) {
                refusals.add(new RuleViolationException("categories", "competition.code.invalid", String.valueOf(category.code())));
            }
            if (category.track() == null) {
                refusals.add(new RuleViolationException("categories", "competition.track.required", String.valueOf(category.code())));
            }
            complete(refusals, "categories", category.name());
        }
    }

    private static void checkCriteria(List<RuleViolationException> refusals, List<CompetitionDraft.Criterion> criteria) {
        if (criteria.isEmpty()) {
            refusals.add(new RuleViolationException("criteria", "competition.criteria.required"));
        }
        Set<String> codes = new HashSet<>();
        for (CompetitionDraft.Criterion criterion : criteria) {
            if (criterion.code() == null || !criterion.code().matches(CODE) || !codes.add(criterion.code())) {
                refusals.add(new RuleViolationException("criteria", "competition.code.invalid", String.valueOf(criterion.code())));
            }
            if (criterion.weight() == null || criterion.weight().signum() <= 0 || criterion.weight().compareTo(new BigDecimal("100")) > 0) {
                refusals.add(new RuleViolationException("criteria", "competition.criterion.weight", String.valueOf(criterion.code())));
            }
            complete(refusals, "criteria", criterion.name());
        }
    }

    private void checkJurors(List<RuleViolationException> refusals, List<String> jurors) {
        if (jurors.isEmpty()) {
            refusals.add(new RuleViolationException("jurors", "competition.jurors.required"));
        }
        for (String username : jurors) {
            boolean juror = username != null && accounts.findByUsername(username.strip())
                    .filter(a -> a.getStatus() == AccountStatus.ACTIVE && a.hasRole(Role.JUROR)).map(Account::getUsername).isPresent();
            if (!juror) {
                refusals.add(new RuleViolationException("jurors", "competition.juror.invalid", String.valueOf(username)));
            }
        }
    }

    private static void checkWindows(List<RuleViolationException> refusals, CompetitionDraft draft) {
        if (draft.entryOpens() == null || draft.entryCloses() == null || draft.juryDeadline() == null || draft.voteOpens() == null
                || draft.voteCloses() == null) {
            refusals.add(new RuleViolationException("entryOpens", "competition.windows.required"));
            return;
        }
        if (!draft.entryCloses().isAfter(draft.entryOpens())) {
            refusals.add(new RuleViolationException("entryCloses", "competition.window.order"));
        }
        if (!draft.entryCloses().isAfter(SerbianTime.now())) {
            refusals.add(new RuleViolationException("entryCloses", "competition.window.past"));
        }
        if (!draft.juryDeadline().isAfter(draft.entryCloses())) {
            refusals.add(new RuleViolationException("juryDeadline", "competition.jury.afterEntries"));
        }
        // the public votes for published entries once every entry is in, so early entries gain no head start
        if (draft.voteOpens().isBefore(draft.entryCloses())) {
            refusals.add(new RuleViolationException("voteOpens", "competition.vote.afterEntries"));
        }
        if (!draft.voteCloses().isAfter(draft.voteOpens())) {
            refusals.add(new RuleViolationException("voteCloses", "competition.window.order"));
        }
    }
}
