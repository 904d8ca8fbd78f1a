package rs.eobuka.competition;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.account.AccountAdminService;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.DemoAccounts;
import rs.eobuka.account.NewAccount;
import rs.eobuka.campaign.Campaign;
import rs.eobuka.campaign.CampaignTrack;
import rs.eobuka.competition.process.CompetitionVariables;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.security.OneUseTokens;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.time.SerbianTime;

/**
 * Demo mode only: two competitions of the campaign "Da kliknemo zajedno", so that the campaign's
 * page, the gallery, the jurors' inboxes and the results are alive on first run.
 *
 * <p>The <b>spring round</b> is over: its windows lie months back, which {@link CompetitionService#create}
 * refuses, and nothing of it runs any more, so its rows are written as they stand after the fact
 * (no process, nobody mailed): entries published and rejected, every juror's scores, a few
 * hundred confirmed votes, and the audit lines the services would have written at the time. Its
 * jury scores, ranking and publication go through {@link JuryService} and {@link ResultsService}
 * (proposed by the demo organizer, approved by the demo coordinator), whose audit lines are then
 * dated when they would have been written.
 *
 * <p>The <b>second round</b> runs: entries closed two days ago, the jury has about twelve days
 * left and the public vote about fourteen. Its {@code competition} process waits for the jury's
 * and the vote's deadlines, and each entry has its own {@code competition-entry} process at the
 * step its state needs: two await their entrant's confirmation (mailed to the outbox), two await
 * moderation, one was rejected by the moderation service, and eight are published in the jury
 * round, where the demo juror {@code juror} has scored some and has the rest in their inbox, and
 * another juror has declared a conflict. Around a hundred votes are confirmed.
 *
 * <p>Seeds each competition once, found by its title in the campaign; one transaction.
 */
@Singleton
@Startup
@DependsOn({"CampaignSeed", "DemoAccounts", "ProcessEngineBootstrap"})
public class DemoCompetitions {

    private static final Logger LOG = Logger.getLogger(DemoCompetitions.class.getName());
    private static final String CAMPAIGN = "da-kliknemo-zajedno";
    static final String MY_ESERVICE = "MY_ESERVICE";
    static final String OPEN_DATA = "OPEN_DATA";
    /** The demo juror, and two more jurors created here: the juror lives in Sjenica, an open-data municipality. */
    static final String JUROR = "juror";
    static final String SECOND_JUROR = "dragana.stevic";
    static final String THIRD_JUROR = "nebojsa.lukic";

    static final LocalizedText FINISHED_TITLE = new LocalizedText("Prolećni krug: Moja opština na klik",
            "Пролећни круг: Моја општина на клик", "Spring round: My municipality, one click away");
    static final LocalizedText RUNNING_TITLE = new LocalizedText("Drugi krug: Priče iz moje opštine",
            "Други круг: Приче из моје општине", "Second round: Stories from my municipality");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLookupService accounts;

    @Inject
    AccountAdminService accountAdmin;

    @Inject
    EntryService entries;

    @Inject
    JuryService jury;

    @Inject
    ResultsService results;

    @Inject
    CompetitionNotices notices;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    /** What a demo entrant sent; {@code quality} (1–10) leads the jury's scores, {@code appeal} the public's votes. */
    record DemoEntry(String category, String lsguCode, String name, String email, Language language, String title, String description,
                     String link, Picture picture, int quality, int appeal) {
    }

    /** A demo entry the moderation rejected, with the organizer's reason. */
    record Rejected(DemoEntry entry, String reason) {
    }

    /** The simple pictures drawn for entries with images. */
    enum Picture {
        PHONE, KINDERGARTEN, POTHOLE, BARS, BUS, AIR
    }

    /** An audit line written as of its time, persisted in time order with the others of its competition. */
    private record Line(Instant at, Long entryId, String actor, CompetitionAudit.Action action, String detail) {
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        if (!DemoAccounts.enabled()) {
            return;
        }
        Campaign campaign = em.createQuery("select c from Campaign c where c.code = :code", Campaign.class).setParameter("code", CAMPAIGN)
                .getResultStream().findFirst().orElse(null);
        if (campaign == null) {
            return;
        }
        boolean finished = exists(campaign, FINISHED_TITLE);
        boolean running = exists(campaign, RUNNING_TITLE);
        if (finished && running) {
            return;
        }
        long started = System.nanoTime();
        jurors();
        if (!finished) {
            seedFinished(campaign);
        }
        if (!running) {
            seedRunning(campaign);
        }
        LOG.info(() -> "Demo competitions: " + (finished ? "" : "the finished spring round, ") + (running ? "" : "the running second round, ")
                + "in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    }

    private boolean exists(Campaign campaign, LocalizedText title) {
        return em.createQuery("select count(c) from Competition c where c.campaign = :campaign and c.title.srLatn = :title", Long.class)
                .setParameter("campaign", campaign).setParameter("title", title.getSrLatn()).getSingleResult() > 0;
    }

    /** The two jurors besides the demo juror, created as the demo accounts are (same password), unless they exist. */
    private void jurors() {
        for (String[] juror : List.of(new String[] {SECOND_JUROR, "Dragana Stević", "89010"},
                new String[] {THIRD_JUROR, "Nebojša Lukić", "79014"})) {
            if (accounts.findByUsername(juror[0]).isEmpty()) {
                accountAdmin.create(new NewAccount(juror[0], DemoAccounts.PASSWORD, juror[1], juror[0] + "@demo.eobuka.rs", juror[2], null,
                        EnumSet.of(Role.JUROR)));
            }
        }
    }

    // ---------------------------------------------------------------- the finished spring round

    private void seedFinished(Campaign campaign) {
        LocalDateTime now = SerbianTime.now();
        // the spring that is over: this year's from July on, last year's before
        int year = now.getMonthValue() >= 7 ? now.getYear() : now.getYear() - 1;
        LocalDateTime entryOpens = LocalDate.of(year, 3, 2).atTime(9, 0);
        LocalDateTime entryCloses = LocalDate.of(year, 3, 31).atTime(23, 59);
        LocalDateTime voteOpens = LocalDate.of(year, 4, 6).atTime(9, 0);
        LocalDateTime voteCloses = LocalDate.of(year, 4, 26).atTime(23, 59);
        LocalDateTime juryDeadline = LocalDate.of(year, 4, 30).atTime(23, 59);
        Instant proposed = SerbianTime.instant(LocalDate.of(year, 5, 5).atTime(11, 20));
        Instant approved = SerbianTime.instant(LocalDate.of(year, 5, 7).atTime(9, 45));
        Instant created = SerbianTime.instant(LocalDate.of(year, 2, 16).atTime(10, 30));

        Competition competition = new Competition(campaign, new CompetitionDraft(campaign.getId(), FINISHED_TITLE, FINISHED_RULES,
                List.of(new CompetitionDraft.Category(MY_ESERVICE, MY_ESERVICE_NAME, CampaignTrack.ESERVICES, new LocalizedText(
                                "Tablet i objava priče u kampanji", "Таблет и објава приче у кампањи",
                                "A tablet, and the story featured in the campaign")),
                        new CompetitionDraft.Category(OPEN_DATA, OPEN_DATA_NAME, CampaignTrack.OPEN_DATA, new LocalizedText(
                                "Laptop i predstavljanje rada na konferenciji Stalne konferencije gradova i opština",
                                "Лаптоп и представљање рада на конференцији Сталне конференције градова и општина",
                                "A laptop, and a presentation of the work at the conference of the Standing Conference of Towns and Municipalities"))),
                CRITERIA, List.of(JUROR, SECOND_JUROR, THIRD_JUROR), entryOpens, entryCloses, juryDeadline, voteOpens, voteCloses, null),
                DemoAccounts.PROPOSER, created);
        em.persist(competition);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(created, null, DemoAccounts.PROPOSER, CompetitionAudit.Action.COMPETITION_CREATED, null));

        List<CompetitionEntry> published = new ArrayList<>();
        List<DemoEntry> publishedSpecs = new ArrayList<>();
        int i = 0;
        for (DemoEntry spec : FINISHED_PUBLISHED) {
            Instant submitted = SerbianTime.instant(entryOpens.plusDays(2L * i).plusHours(3 + i % 9));
            published.add(moderatedEntry(competition, spec, submitted, true, null, lines));
            publishedSpecs.add(spec);
            i++;
        }
        for (Rejected rejected : FINISHED_REJECTED) {
            Instant submitted = SerbianTime.instant(entryOpens.plusDays(2L * i).plusHours(3 + i % 9));
            moderatedEntry(competition, rejected.entry(), submitted, false, rejected.reason(), lines);
            i++;
        }
        Instant closed = SerbianTime.instant(entryCloses);
        lines.add(new Line(closed, null, CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.ENTRIES_CLOSED, null));
        em.flush();

        // the jury, as assignJurors and score would have written it: conflicts of home municipality, then every juror's scores
        List<String> jurors = List.of(JUROR, SECOND_JUROR, THIRD_JUROR);
        Map<String, String> homes = homes(jurors);
        for (int e = 0; e < published.size(); e++) {
            CompetitionEntry entry = published.get(e);
            List<String> assigned = new ArrayList<>();
            Set<String> conflicted = new TreeSet<>();
            for (String juror : jurors) {
                if (entry.getLsguCode().equals(homes.get(juror))) {
                    conflicted.add(juror);
                    insertConflict(entry.getId(), juror, closed);
                } else {
                    assigned.add(juror);
                }
            }
            lines.add(new Line(closed.plusSeconds(e), entry.getId(), CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.JURORS_ASSIGNED,
                    "jurors: " + String.join(", ", assigned) + "; conflicts: " + String.join(", ", conflicted)));
            for (int j = 0; j < assigned.size(); j++) {
                String juror = assigned.get(j);
                Instant scoredAt = closed.plus(Duration.ofHours(30L + 24L * ((e + 5L * jurors.indexOf(juror)) % 24) + e));
                Map<Long, Integer> given = scores(competition, publishedSpecs.get(e).quality(), e, jurors.indexOf(juror));
                insertScoring(entry.getId(), juror, given, comment(e, jurors.indexOf(juror)), scoredAt);
                lines.add(new Line(scoredAt, entry.getId(), juror, CompetitionAudit.Action.ENTRY_SCORED, given.toString()));
            }
        }

        long votes = votes(competition, published, publishedSpecs, 360, 0.9, 0.55, SerbianTime.instant(voteOpens),
                SerbianTime.instant(voteCloses), 20_260_402L);
        lines.add(new Line(SerbianTime.instant(voteCloses), null, CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.VOTE_CLOSED,
                votes + " votes"));
        persist(competition, lines);
        em.flush();

        // what the processes did after the jury deadline: scores recorded, ranked, proposed, approved (four eyes), published
        for (CompetitionEntry entry : published) {
            jury.recordJuryScore(entry.getId());
        }
        em.flush();
        results.rank(competition.getId());
        competition.resultsProposed(DemoAccounts.PROPOSER);
        competition.resultsApproved(DemoAccounts.REVIEWER);
        results.publish(competition.getId());
        persist(competition, List.of(
                new Line(proposed, null, DemoAccounts.PROPOSER, CompetitionAudit.Action.RESULTS_PROPOSED, null),
                new Line(approved, null, DemoAccounts.REVIEWER, CompetitionAudit.Action.RESULTS_APPROVED, null)));
        em.flush();
        redate(competition, CompetitionAudit.Action.JURY_SCORE_RECORDED, SerbianTime.instant(juryDeadline));
        redate(competition, CompetitionAudit.Action.RESULTS_RANKED, SerbianTime.instant(juryDeadline).plusSeconds(60));
    }

    /** An entry confirmed and moderated (published or rejected), with its images and the audit lines of its way. */
    private CompetitionEntry moderatedEntry(Competition competition, DemoEntry spec, Instant submitted, boolean accepted, String reason,
                                            List<Line> lines) {
        CompetitionEntry entry = entry(competition, spec, OneUseTokens.newToken(), submitted, lines);
        Instant confirmed = submitted.plus(Duration.ofMinutes(25 + spec.title().length() % 40));
        entry.confirmedAwaitingModeration(confirmed);
        lines.add(new Line(confirmed, entry.getId(), CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.ENTRY_CONFIRMED, null));
        String moderator = spec.title().length() % 2 == 0 ? DemoAccounts.PROPOSER : DemoAccounts.REVIEWER;
        Instant moderated = confirmed.plus(Duration.ofHours(20 + spec.description().length() % 20));
        entry.moderated(accepted, reason, moderator, moderated);
        lines.add(new Line(moderated, entry.getId(), moderator,
                accepted ? CompetitionAudit.Action.ENTRY_ACCEPTED : CompetitionAudit.Action.ENTRY_REJECTED, reason));
        if (accepted) {
            entry.published();
        }
        return entry;
    }

    /** An entry as received (awaiting its confirmation), from a municipality of its category's track, with its images. */
    private CompetitionEntry entry(Competition competition, DemoEntry spec, String token, Instant submitted, List<Line> lines) {
        CompetitionCategory category = competition.category(spec.category()).orElseThrow();
        if (!competition.lsgusOf(category.getTrack()).contains(spec.lsguCode())) {
            throw new IllegalStateException("demo entry \"" + spec.title() + "\": " + spec.lsguCode() + " is not on the track " + category.getTrack());
        }
        CompetitionEntry entry = new CompetitionEntry(category, new EntryDraft(spec.category(), spec.lsguCode(), spec.name(), spec.email(),
                spec.title(), spec.description(), spec.link() == null ? List.of() : List.of(spec.link()), true), spec.language(),
                OneUseTokens.hash(token), submitted);
        em.persist(entry);
        if (spec.picture() != null) {
            em.persist(new EntryImage(entry, 1, EntryImages.verify(png(spec.picture(), spec.quality() + spec.appeal()), 1)));
        }
        lines.add(new Line(submitted, entry.getId(), CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.ENTRY_SUBMITTED,
                category.getCode() + " " + spec.lsguCode()));
        return entry;
    }

    // ---------------------------------------------------------------- the running second round

    private void seedRunning(Campaign campaign) {
        LocalDateTime now = SerbianTime.now().truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime entryCloses = now.minusDays(2).truncatedTo(ChronoUnit.HOURS);
        LocalDateTime entryOpens = entryCloses.minusDays(28);
        LocalDateTime juryDeadline = now.toLocalDate().plusDays(12).atTime(23, 59);
        LocalDateTime voteOpens = entryCloses;
        LocalDateTime voteCloses = now.toLocalDate().plusDays(14).atTime(23, 59);
        Instant created = SerbianTime.instant(entryOpens.minusDays(6).withHour(12));
        CompetitionDraft draft = new CompetitionDraft(campaign.getId(), RUNNING_TITLE, RUNNING_RULES,
                List.of(new CompetitionDraft.Category(MY_ESERVICE, MY_ESERVICE_NAME, CampaignTrack.ESERVICES, new LocalizedText(
                                "Pametni telefon i gostovanje u lokalnoj televiziji", "Паметни телефон и гостовање у локалној телевизији",
                                "A smartphone, and a guest appearance on local television")),
                        new CompetitionDraft.Category(OPEN_DATA, OPEN_DATA_NAME, CampaignTrack.OPEN_DATA, new LocalizedText(
                                "Laptop i tri meseca mentorstva tima za otvorene podatke", "Лаптоп и три месеца менторства тима за отворене податке",
                                "A laptop, and three months of mentoring by an open-data team"))),
                CRITERIA, List.of(JUROR, SECOND_JUROR, THIRD_JUROR), entryOpens, entryCloses, juryDeadline, voteOpens, voteCloses, null);
        Competition competition = new Competition(campaign, draft, DemoAccounts.PROPOSER, created);
        em.persist(competition);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(created, null, DemoAccounts.PROPOSER, CompetitionAudit.Action.COMPETITION_CREATED, null));
        Instant closed = SerbianTime.instant(entryCloses);

        // sent in the last minutes of the window and not yet confirmed; their links are in the outbox
        List<CompetitionEntry> unconfirmed = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < RUNNING_UNCONFIRMED.size(); i++) {
            String token = OneUseTokens.newToken();
            tokens.add(token);
            unconfirmed.add(entry(competition, RUNNING_UNCONFIRMED.get(i), token, closed.minus(Duration.ofMinutes(25L + 35L * i)), lines));
        }
        // confirmed in the window's last hours, waiting for an organizer
        List<CompetitionEntry> unmoderated = new ArrayList<>();
        for (int i = 0; i < RUNNING_UNMODERATED.size(); i++) {
            Instant submitted = closed.minus(Duration.ofHours(5L + 4L * i));
            unmoderated.add(confirmedEntry(competition, RUNNING_UNMODERATED.get(i), submitted, lines));
        }
        CompetitionEntry rejected = confirmedEntry(competition, RUNNING_REJECTED.entry(), closed.minus(Duration.ofDays(3)), lines);
        List<CompetitionEntry> published = new ArrayList<>();
        for (int i = 0; i < RUNNING_PUBLISHED.size(); i++) {
            Instant submitted = SerbianTime.instant(entryOpens.plusDays(1L + 3L * i).plusHours(2 + i % 7));
            published.add(moderatedEntry(competition, RUNNING_PUBLISHED.get(i), submitted, true, null, lines));
        }
        lines.add(new Line(closed, null, CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.ENTRIES_CLOSED, null));
        votes(competition, published, RUNNING_PUBLISHED, 80, 0.8, 0.5, SerbianTime.instant(voteOpens), Instant.now(), 20_261_130L);
        persist(competition, lines);
        em.flush();

        // the competition's process, past its closed entry window: the jury round and the public vote run side by side
        competition.attachProcess(runtime.createProcessInstanceByKey(CompetitionVariables.COMPETITION_PROCESS_KEY)
                .businessKey(competition.getId().toString())
                .setVariables(Variables.createVariables()
                        .putValue(CompetitionVariables.COMPETITION_ID, competition.getId())
                        .putValue(CompetitionVariables.ENTRY_CLOSES, SerbianTime.date(entryCloses))
                        .putValue(CompetitionVariables.JURY_REMINDER_DATE, SerbianTime.date(CompetitionService.juryReminder(draft)))
                        .putValue(CompetitionVariables.JURY_DEADLINE, SerbianTime.date(juryDeadline))
                        .putValue(CompetitionVariables.VOTE_CLOSES, SerbianTime.date(voteCloses)))
                .startBeforeActivity("Gateway_JuryAndVote").execute().getId());

        // their links stay valid for the 40 hours left them, so that a demo can still follow one from the outbox
        Date confirmBy = Date.from(Instant.now().plus(Duration.ofHours(UNCONFIRMED_HOURS_LEFT)));
        for (int i = 0; i < unconfirmed.size(); i++) {
            CompetitionEntry entry = unconfirmed.get(i);
            start(entry, "Task_AwaitConfirmation", confirmBy, false);
            notices.confirmEntry(entry, tokens.get(i), UNCONFIRMED_HOURS_LEFT);
        }
        for (CompetitionEntry entry : unmoderated) {
            start(entry, CompetitionVariables.TASK_MODERATE, null, false);
        }
        start(rejected, CompetitionVariables.TASK_MODERATE, null, false);
        em.flush();
        entries.reject(openTask(rejected, CompetitionVariables.TASK_MODERATE, null).getId(), DemoAccounts.REVIEWER, RUNNING_REJECTED.reason());

        // the jury round: every juror without a conflict gets a task; some have scored, one declared a conflict
        for (CompetitionEntry entry : published) {
            start(entry, "Task_AssignJurors", null, true);
        }
        em.flush();
        List<String> jurors = List.of(JUROR, SECOND_JUROR, THIRD_JUROR);
        for (int e = 0; e < published.size(); e++) {
            CompetitionEntry entry = published.get(e);
            if (e == CONFLICT_ENTRY) {
                jury.declareConflict(competition.getId(), entry.getId(), THIRD_JUROR);
            }
            for (String juror : RUNNING_SCORED.get(e)) {
                Task task = openTask(entry, CompetitionVariables.TASK_SCORE, juror);
                jury.score(task.getId(), juror, scores(competition, RUNNING_PUBLISHED.get(e).quality(), e, jurors.indexOf(juror)),
                        comment(e, jurors.indexOf(juror)));
            }
        }
    }

    /** Which jurors have scored each published entry of the running round (in {@link #RUNNING_PUBLISHED}'s order). */
    private static final List<List<String>> RUNNING_SCORED = List.of(
            List.of(JUROR, SECOND_JUROR, THIRD_JUROR), List.of(JUROR, SECOND_JUROR), List.of(JUROR), List.of(SECOND_JUROR),
            List.of(), List.of(THIRD_JUROR), List.of(SECOND_JUROR), List.of());
    /** How long the running round's unconfirmed entries still have for their confirmation. */
    private static final long UNCONFIRMED_HOURS_LEFT = 40;
    /** The entry of the running round on which the third juror declares a conflict of interest. */
    private static final int CONFLICT_ENTRY = 4;

    private CompetitionEntry confirmedEntry(Competition competition, DemoEntry spec, Instant submitted, List<Line> lines) {
        CompetitionEntry entry = entry(competition, spec, OneUseTokens.newToken(), submitted, lines);
        Instant confirmed = submitted.plus(Duration.ofMinutes(20));
        entry.confirmedAwaitingModeration(confirmed);
        lines.add(new Line(confirmed, entry.getId(), CompetitionAuditTrail.SYSTEM, CompetitionAudit.Action.ENTRY_CONFIRMED, null));
        return entry;
    }

    /** Starts the entry's process before this activity, with the variables its way so far would have set. */
    private void start(CompetitionEntry entry, String activity, Date confirmationDeadline, boolean accepted) {
        Competition competition = entry.getCompetition();
        VariableMap variables = Variables.createVariables()
                .putValue(CompetitionVariables.ENTRY_ID, entry.getId())
                .putValue(CompetitionVariables.COMPETITION_ID, competition.getId())
                .putValue(CompetitionVariables.CONFIRMATION_DEADLINE,
                        confirmationDeadline != null ? confirmationDeadline : Date.from(entry.getSubmittedAt().plus(EntryService.CONFIRM_WITHIN)))
                .putValue(CompetitionVariables.ENTRY_CLOSES, SerbianTime.date(competition.getEntryCloses()))
                .putValue(CompetitionVariables.JURY_DEADLINE, SerbianTime.date(competition.getJuryDeadline()));
        if (entry.getConfirmedAt() != null) {
            variables.putValue(CompetitionVariables.MODERATION_DUE_DATE,
                    SerbianTime.workingDaysAfter(entry.getConfirmedAt(), EntryService.MODERATION_WORKING_DAYS));
        }
        if (accepted) {
            variables.putValue(CompetitionVariables.ACCEPTED, true);
        }
        entry.attachProcess(runtime.createProcessInstanceByKey(CompetitionVariables.ENTRY_PROCESS_KEY).businessKey(entry.getId().toString())
                .setVariables(variables).startBeforeActivity(activity).execute().getId());
    }

    private Task openTask(CompetitionEntry entry, String taskKey, String assignee) {
        var query = tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskDefinitionKey(taskKey);
        Task task = (assignee == null ? query : query.taskAssignee(assignee)).singleResult();
        if (task == null) {
            throw new IllegalStateException("no " + taskKey + " of demo entry " + entry.getId() + (assignee == null ? "" : " for " + assignee));
        }
        return task;
    }

    // ---------------------------------------------------------------- shared

    /**
     * Confirmed votes of {@code voters} synthetic addresses, hashed with the competition's salt as
     * {@link VoteService} hashes them: each votes in a category with the given chance, for an
     * entry drawn by its appeal, confirmed at a moment of the window. Returns the number of votes.
     */
    private long votes(Competition competition, List<CompetitionEntry> published, List<DemoEntry> specs, int voters, double eServiceChance,
                       double openDataChance, Instant from, Instant to, long seed) {
        Random random = new Random(seed);
        long span = Math.max(1, Duration.between(from, to).toSeconds());
        long votes = 0;
        for (int voter = 1; voter <= voters; voter++) {
            String hash = VoteService.voterHash(competition, "glasac" + voter + "@example.rs");
            for (String category : List.of(MY_ESERVICE, OPEN_DATA)) {
                if (random.nextDouble() >= (MY_ESERVICE.equals(category) ? eServiceChance : openDataChance)) {
                    continue;
                }
                int total = 0;
                for (DemoEntry spec : specs) {
                    total += spec.category().equals(category) ? spec.appeal() * spec.appeal() : 0;
                }
                int pick = random.nextInt(total);
                for (int e = 0; e < specs.size(); e++) {
                    if (!specs.get(e).category().equals(category)) {
                        continue;
                    }
                    pick -= specs.get(e).appeal() * specs.get(e).appeal();
                    if (pick < 0) {
                        CompetitionEntry entry = published.get(e);
                        // early days draw more votes than later ones
                        double moment = Math.pow(random.nextDouble(), 1.6);
                        em.persist(new CompetitionVote(competition.getId(), entry.getCategory().getId(), entry.getId(), hash,
                                from.plusSeconds((long) (moment * span))));
                        votes++;
                        break;
                    }
                }
            }
        }
        return votes;
    }

    /** A juror's scores of an entry, by criterion id: around the entry's quality, each juror with their own hand. */
    private static Map<Long, Integer> scores(Competition competition, int quality, int entry, int juror) {
        Map<Long, Integer> scores = new LinkedHashMap<>();
        List<CompetitionCriterion> criteria = competition.getCriteria();
        for (int c = 0; c < criteria.size(); c++) {
            int deviation = (entry * 7 + juror * 3 + c * 5) % 5 - 2 - (juror == 1 ? 1 : 0);
            scores.put(criteria.get(c).getId(), Math.max(JuryService.MIN_SCORE, Math.min(JuryService.MAX_SCORE, quality + deviation)));
        }
        return scores;
    }

    private static String comment(int entry, int juror) {
        int n = entry * 3 + juror;
        return n % 3 == 1 ? null : COMMENTS.get(n % COMMENTS.size());
    }

    private Map<String, String> homes(List<String> jurors) {
        Map<String, String> homes = new LinkedHashMap<>();
        for (String juror : jurors) {
            accounts.findByUsername(juror).ifPresent(account -> homes.put(juror, account.getLsguCode()));
        }
        return homes;
    }

    private void insertConflict(long entryId, String juror, Instant at) {
        em.createNativeQuery("insert into competition_conflict (entry_id, juror, declared_at) values (?1, ?2, ?3)")
                .setParameter(1, entryId).setParameter(2, juror).setParameter(3, Timestamp.from(at)).executeUpdate();
    }

    private void insertScoring(long entryId, String juror, Map<Long, Integer> given, String comment, Instant at) {
        given.forEach((criterion, score) -> em.createNativeQuery(
                        "insert into competition_score (entry_id, juror, criterion_id, score) values (?1, ?2, ?3, ?4)")
                .setParameter(1, entryId).setParameter(2, juror).setParameter(3, criterion).setParameter(4, score).executeUpdate());
        em.createNativeQuery("insert into competition_scoring (entry_id, juror, comment, scored_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, entryId).setParameter(2, juror).setParameter(3, comment).setParameter(4, Timestamp.from(at)).executeUpdate();
    }

    /** Audit lines in the order they happened, so that the export (by id) reads as the competition went. */
    private void persist(Competition competition, List<Line> lines) {
        lines.stream().sorted(Comparator.comparing(Line::at)).forEach(line -> em.persist(new CompetitionAudit(competition.getId(),
                line.entryId(), line.actor(), line.action(), line.detail(), line.at())));
    }

    /** Dates the lines a service wrote just now for a round long over at the moment its process would have written them. */
    private void redate(Competition competition, CompetitionAudit.Action action, Instant at) {
        em.createNativeQuery("update competition_audit set at = ?1 where competition_id = ?2 and action = ?3")
                .setParameter(1, Timestamp.from(at)).setParameter(2, competition.getId()).setParameter(3, action.name()).executeUpdate();
    }

    // ---------------------------------------------------------------- pictures

    private static final int WIDTH = 720;
    private static final int HEIGHT = 480;

    /** A simple drawn picture as a PNG, shapes only (no fonts needed); {@code variant} moves bars and needles. */
    static byte[] png(Picture picture, int variant) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            switch (picture) {
                case PHONE -> phone(g);
                case KINDERGARTEN -> kindergarten(g);
                case POTHOLE -> pothole(g);
                case BARS -> bars(g, variant);
                case BUS -> bus(g);
                case AIR -> air(g, variant);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void phone(Graphics2D g) {
        g.setColor(new Color(0xDCEBF7));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x26323F));
        g.fillRoundRect(260, 40, 200, 400, 36, 36);
        g.setColor(Color.WHITE);
        g.fillRect(275, 80, 170, 310);
        g.setColor(new Color(0x1F5FA8));
        g.fillRect(275, 80, 170, 36);
        g.setColor(new Color(0xC9D2DC));
        for (int y = 136; y <= 226; y += 30) {
            g.fillRoundRect(290, y, 140, 18, 8, 8);
        }
        g.setColor(new Color(0x2E9E5B));
        g.fillOval(320, 262, 80, 80);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {338, 355, 384}, new int[] {303, 320, 286}, 3);
        g.setColor(new Color(0x4A5866));
        g.fillOval(348, 402, 24, 24);
    }

    private static void kindergarten(Graphics2D g) {
        g.setColor(new Color(0xBFE3F5));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xF6C945));
        g.fillOval(560, 40, 90, 90);
        g.setColor(new Color(0x7CBF5A));
        g.fillRect(0, 360, WIDTH, 120);
        g.setColor(new Color(0xF2E3C6));
        g.fillRect(200, 210, 300, 160);
        g.setColor(new Color(0xC8463D));
        g.fillPolygon(new Polygon(new int[] {180, 350, 520}, new int[] {215, 100, 215}, 3));
        g.setColor(new Color(0x6B4A2E));
        g.fillRect(325, 290, 50, 80);
        g.setColor(new Color(0x5AA7D6));
        g.fillRect(230, 245, 60, 50);
        g.fillRect(410, 245, 60, 50);
        g.setColor(new Color(0x7A5230));
        g.fillRect(95, 280, 20, 90);
        g.setColor(new Color(0x3F8F3A));
        g.fillOval(60, 200, 90, 100);
    }

    private static void pothole(Graphics2D g) {
        g.setColor(new Color(0xCFE6F2));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x8DBF6E));
        g.fillRect(0, 200, WIDTH, 280);
        g.setColor(new Color(0x6E7377));
        g.fillPolygon(new Polygon(new int[] {300, 420, 700, 20}, new int[] {200, 200, 480, 480}, 4));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {30, 26}, 0));
        g.drawLine(360, 205, 360, 480);
        g.setColor(new Color(0x3A3D40));
        g.fillOval(400, 360, 150, 50);
        g.setColor(new Color(0xD7332C));
        g.fillOval(440, 210, 70, 70);
        g.fillPolygon(new Polygon(new int[] {446, 504, 475}, new int[] {260, 260, 340}, 3));
        g.setColor(Color.WHITE);
        g.fillOval(460, 230, 30, 30);
    }

    private static void bars(Graphics2D g, int variant) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xE3E7EB));
        for (int y = 80; y <= 400; y += 64) {
            g.fillRect(80, y, 580, 2);
        }
        int[] heights = {180, 250, 140, 300, 210, 120};
        for (int i = 0; i < heights.length; i++) {
            int height = 60 + (heights[(i + variant) % heights.length] + 17 * i * variant) % 260;
            g.setColor(i == (variant % heights.length) ? new Color(0xE8842C) : new Color(0x2F6DB5 + 0x0A0A00 * i));
            g.fillRect(110 + i * 90, 400 - height, 60, height);
        }
        g.setColor(new Color(0x37414B));
        g.fillRect(80, 400, 580, 4);
        g.fillRect(80, 60, 4, 344);
    }

    private static void bus(Graphics2D g) {
        g.setColor(new Color(0xD9ECF6));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x5E6469));
        g.fillRect(0, 370, WIDTH, 110);
        g.setColor(new Color(0x1F5FA8));
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {18, 14}, 0));
        g.drawPolyline(new int[] {60, 220, 360, 520, 660}, new int[] {120, 80, 130, 70, 110}, 5);
        for (int[] stop : new int[][] {{60, 120}, {220, 80}, {360, 130}, {520, 70}, {660, 110}}) {
            g.fillOval(stop[0] - 12, stop[1] - 12, 24, 24);
        }
        g.setColor(new Color(0xE2A21B));
        g.fillRoundRect(120, 200, 470, 170, 30, 30);
        g.setColor(new Color(0xA9D4EE));
        for (int x = 150; x < 520; x += 90) {
            g.fillRect(x, 225, 70, 60);
        }
        g.fillRect(530, 225, 40, 100);
        g.setColor(new Color(0x2B2B2B));
        g.fillOval(175, 335, 70, 70);
        g.fillOval(455, 335, 70, 70);
        g.setColor(new Color(0xB8BCC0));
        g.fillOval(195, 355, 30, 30);
        g.fillOval(475, 355, 30, 30);
    }

    private static void air(Graphics2D g, int variant) {
        g.setColor(new Color(0xEEF3F6));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int cx = 360;
        int cy = 320;
        Color[] bands = {new Color(0x3BA55C), new Color(0xE7C531), new Color(0xE8842C), new Color(0xD7332C)};
        for (int i = 0; i < bands.length; i++) {
            g.setColor(bands[i]);
            g.fillArc(cx - 220, cy - 220, 440, 440, 180 - 45 * i, -45);
        }
        g.setColor(new Color(0xEEF3F6));
        g.fillOval(cx - 150, cy - 150, 300, 300);
        double angle = Math.toRadians(180 - 20 - (variant * 37) % 140);
        g.setColor(new Color(0x26323F));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(cx, cy, cx + (int) (190 * Math.cos(angle)), cy - (int) (190 * Math.sin(angle)));
        g.fillOval(cx - 20, cy - 20, 40, 40);
        g.setColor(new Color(0x9AA5AE));
        int[][] buildings = {{40, 90}, {110, 140}, {170, 70}, {560, 120}, {620, 80}, {670, 150}};
        for (int[] building : buildings) {
            g.fillRect(building[0], HEIGHT - building[1], 50, building[1]);
        }
    }

    // ---------------------------------------------------------------- texts

    private static final LocalizedText MY_ESERVICE_NAME = new LocalizedText("Moja e-usluga", "Моја е-услуга", "My e-service");
    private static final LocalizedText OPEN_DATA_NAME = new LocalizedText("Otvoreni podaci", "Отворени подаци", "Open data");

    private static final List<CompetitionDraft.Criterion> CRITERIA = List.of(
            new CompetitionDraft.Criterion("BENEFIT", new LocalizedText("Korist za građane", "Корист за грађане", "Benefit to citizens"),
                    new BigDecimal("3")),
            new CompetitionDraft.Criterion("CLARITY", new LocalizedText("Jasnoća priče", "Јасноћа приче", "Clarity of the story"),
                    new BigDecimal("2")),
            new CompetitionDraft.Criterion("ORIGINALITY", new LocalizedText("Originalnost", "Оригиналност", "Originality"),
                    new BigDecimal("1")));

    private static final LocalizedText FINISHED_RULES = new LocalizedText(
            "Ispričajte kako ste elektronskom uslugom svoje opštine završili posao bez šaltera (kategorija „Moja e-usluga”, opštine"
                    + " koje su uvele e-usluge), ili šta ste saznali ili napravili od otvorenih podataka svoje lokalne samouprave"
                    + " (kategorija „Otvoreni podaci”). Jedna prijava po adresi i kategoriji, do tri slike. Žiri ocenjuje korist za"
                    + " građane, jasnoću priče i originalnost; glas publike nosi 30% konačne ocene.",
            "Испричајте како сте електронском услугом своје општине завршили посао без шалтера (категорија „Моја е-услуга”, општине"
                    + " које су увеле е-услуге), или шта сте сазнали или направили од отворених података своје локалне самоуправе"
                    + " (категорија „Отворени подаци”). Једна пријава по адреси и категорији, до три слике. Жири оцењује корист за"
                    + " грађане, јасноћу приче и оригиналност; глас публике носи 30% коначне оцене.",
            "Tell us how an e-service of your municipality saved you a trip to the counter (category \"My e-service\", for the"
                    + " municipalities that introduced e-services), or what you learnt or built from your local government's open data"
                    + " (category \"Open data\"). One entry per address and category, up to three images. The jury scores the benefit"
                    + " to citizens, the clarity of the story and its originality; the public vote counts for 30% of the final score.");

    private static final LocalizedText RUNNING_RULES = new LocalizedText(
            "Drugi krug konkursa kampanje „Da kliknemo zajedno”: priče građana o e-uslugama njihove opštine (eBeba, eVrtić, prijava"
                    + " komunalnog problema, lokacijska informacija, naknade porodiljama) i o otvorenim podacima (budžet, javni prevoz,"
                    + " kvalitet vazduha, javne nabavke). Prijavu potvrđujete linkom iz e-pošte u roku od 48 sati; organizatori je"
                    + " pregledaju pre objave u galeriji. Za objavljene prijave glasa se jednom po adresi i kategoriji.",
            "Други круг конкурса кампање „Да кликнемо заједно”: приче грађана о е-услугама њихове општине (еБеба, еВртић, пријава"
                    + " комуналног проблема, локацијска информација, накнаде породиљама) и о отвореним подацима (буџет, јавни превоз,"
                    + " квалитет ваздуха, јавне набавке). Пријаву потврђујете линком из е-поште у року од 48 сати; организатори је"
                    + " прегледају пре објаве у галерији. За објављене пријаве гласа се једном по адреси и категорији.",
            "The second round of the competition of the campaign \"Let's click together\": citizens' stories about their municipality's"
                    + " e-services (eBaby, eKindergarten, reporting a communal problem, location information, maternity-leave pay) and"
                    + " about open data (the budget, public transport, air quality, public procurement). Confirm your entry by the"
                    + " e-mailed link within 48 hours; organizers review it before it appears in the gallery. The public votes for"
                    + " published entries once per address and category.");

    private static final List<String> COMMENTS = List.of(
            "Jasna i korisna priča, drugi građani mogu da je ponove korak po korak.",
            "Dobar primer, ali bi slika ekrana ili link pomogli da se vidi kako usluga radi.",
            "Originalno: ovo bi trebalo pokazati i drugim opštinama.",
            "Korist je očigledna; opis bi mogao biti kraći.",
            "Vredan rad sa podacima, rezultat je razumljiv i onima koji ne znaju šta su otvoreni podaci.");

    private static DemoEntry latin(String category, String lsguCode, String name, String email, String title, String description, String link,
                                   Picture picture, int quality, int appeal) {
        return new DemoEntry(category, lsguCode, name, email, Language.SR_LATN, title, description, link, picture, quality, appeal);
    }

    private static DemoEntry cyrillic(String category, String lsguCode, String name, String email, String title, String description,
                                      String link, Picture picture, int quality, int appeal) {
        return new DemoEntry(category, lsguCode, name, email, Language.SR_CYRL, title, description, link, picture, quality, appeal);
    }

    static final List<DemoEntry> FINISHED_PUBLISHED = List.of(
            latin(MY_ESERVICE, "71242", "Milica Jovanović", "milica.jovanovic@example.rs", "eVrtić bez čekanja u redu",
                    "Upisala sam ćerku u vrtić preko portala eUprava za deset minuta, sa telefona, dok je spavala. Opština je već imala"
                            + " izvod iz matične knjige rođenih i podatke o prebivalištu, pa nisam nosila nijedan papir. Potvrdu o upisu"
                            + " dobila sam u eSanduče.", "https://euprava.gov.rs", Picture.KINDERGARTEN, 9, 9),
            latin(MY_ESERVICE, "70645", "Nikola Petrović", "nikola.petrovic@example.rs", "eBeba: sve iz porodilišta",
                    "Dok su supruga i sin bili u porodilištu, sve sam završio preko usluge eBeba: upis u matičnu knjigu rođenih,"
                            + " prebivalište i zdravstveno osiguranje. Prvi put mi administracija nije uzela nijedan slobodan dan.",
                    "https://euprava.gov.rs", Picture.PHONE, 8, 10),
            latin(MY_ESERVICE, "71269", "Dragan Stojanović", "dragan.stojanovic@example.rs", "Rupa u mojoj ulici, zakrpljena za tri dana",
                    "Prijavio sam rupu na kolovozu preko prijave komunalnog problema, sa fotografijom i lokacijom na mapi. Posle tri"
                            + " dana stiglo je obaveštenje da je sanirana, sa fotografijom posle popravke.", null, Picture.POTHOLE, 8, 7),
            cyrillic(MY_ESERVICE, "70653", "Бранко Илић", "branko.ilic@example.rs", "Локацијска информација за три дана",
                    "Требала ми је локацијска информација за плац на Рибници. Захтев сам поднео електронски, таксу платио картицом"
                            + " и за три дана преузео документ потписан електронским потписом. Раније сам због тога узимао слободан дан.",
                    null, null, 7, 5),
            latin(MY_ESERVICE, "70556", "Jelena Nikolić", "jelena.nikolic@example.rs", "Naknada za porodilje sa kauča",
                    "Zahtev za lokalnu naknadu porodiljama predala sam od kuće, sa bebom u naručju. Opština je sama pribavila podatke"
                            + " iz matičnih knjiga, a novac je legao na račun za dve nedelje.", null, null, 7, 6),
            latin(MY_ESERVICE, "71048", "Ivana Marković", "ivana.markovic@example.rs", "Mama i tata prijavljuju kvarove",
                    "Pokazala sam roditeljima kako da prijave pokvarenu uličnu rasvetu. Sada oni prijavljuju sve, od rasvete do"
                            + " neodnetog smeća, a komunalno preduzeće im odgovori porukom kad je posao gotov.", null, null, 6, 4),
            latin(MY_ESERVICE, "70734", "Marko Savić", "marko.savic@example.rs", "eVrtić za blizance",
                    "Blizance smo upisali u isti vrtić istim zahtevom, bez dva kompleta papira. Jedino sam morao da proverim adresu"
                            + " koju je opština već imala.", null, null, 6, 3),
            latin(OPEN_DATA, "79022", "Aleksandar Ilić", "aleksandar.ilic@example.rs", "Gde ide novac za puteve: budžet Niša u grafikonima",
                    "Preuzeo sam budžet grada sa portala otvorenih podataka u mašinski čitljivom formatu i napravio grafikone po"
                            + " programima. Sa komšijama sam proverio koliko je planirano za našu mesnu zajednicu i to izneli na zboru.",
                    "https://data.gov.rs", Picture.BARS, 9, 8),
            latin(OPEN_DATA, "70360", "Tamara Kostić", "tamara.kostic@example.rs", "Autobusom do škole: linije kao otvoreni podaci",
                    "Od otvorenih podataka o linijama i stajalištima gradskog prevoza napravila sam jednostavnu mapu za đake iz sela"
                            + " oko Valjeva: koja linija, sa kog stajališta i u koliko sati.", "https://data.gov.rs", Picture.BUS, 8, 9),
            latin(OPEN_DATA, "79065", "Vladimir Popović", "vladimir.popovic@example.rs", "Vazduh zimi: podaci merne stanice za roditelje",
                    "Iz otvorenih podataka o kvalitetu vazduha uporedio sam koncentracije PM10 po mesecima i napravio jednostavno"
                            + " upozorenje za roditelje u danima kada je vazduh najgori.", "https://data.gov.rs", Picture.AIR, 8, 6),
            cyrillic(OPEN_DATA, "70670", "Гордана Лазић", "gordana.lazic@example.rs", "Јавне набавке општине на једном месту",
                    "Од отворених података о јавним набавкама направила сам табелу за наше удружење потрошача: шта је набављено,"
                            + " од кога и по којој цени, по годинама.", null, null, 7, 4),
            latin(OPEN_DATA, "71072", "Elma Mujović", "elma.mujovic@example.rs", "Zimska služba na Pešteri",
                    "Opština objavljuje raspored čišćenja snega kao otvorene podatke. Napravila sam kratak vodič za meštane sela na"
                            + " Pešteri kako da vide kada dolazi ralica.", null, null, 7, 5));

    static final List<Rejected> FINISHED_REJECTED = List.of(
            new Rejected(latin(MY_ESERVICE, "70327", "Restoran Kod Mosta", "kodmosta@example.rs", "Najbolji roštilj u gradu",
                    "Posetite nas u centru grada, rezervacije preko telefona. Popust za grupe.", null, null, 1, 1),
                    "Prijava je reklama za ugostiteljski objekat i ne govori o elektronskoj usluzi opštine."),
            new Rejected(latin(OPEN_DATA, "71099", "Petar Ristić", "petar.ristic@example.rs", "Otvoreni podaci",
                    "Otvoreni podaci su podaci koji su svima dostupni. Opština ima portal.", null, null, 1, 1),
                    "Prijava ne koristi otvorene podatke opštine: tekst je opšti, bez izvora i bez ličnog doprinosa."));

    static final List<DemoEntry> RUNNING_UNCONFIRMED = List.of(
            latin(MY_ESERVICE, "70564", "Sanja Radović", "sanja.radovic@example.rs", "eBeba u Ivanjici",
                    "Sin je rođen u Čačku, a sve papire za Ivanjicu završili smo preko usluge eBeba, bez putovanja.", null, null, 6, 4),
            latin(OPEN_DATA, "70971", "Miloš Todorović", "milos.todorovic@example.rs", "Budžet Priboja za mlade",
                    "Iz otvorenih podataka o budžetu izdvojio sam sve programe za mlade i uporedio ih sa prošlom godinom.", null, null, 6, 4));

    static final List<DemoEntry> RUNNING_UNMODERATED = List.of(
            latin(MY_ESERVICE, "71013", "Zoran Pavlović", "zoran.pavlovic@example.rs", "Divlja deponija kod reke, prijavljena sa njive",
                    "Prijavio sam divlju deponiju pored reke sa telefona, sa fotografijom i tačnom lokacijom. Komunalna inspekcija"
                            + " je izašla na teren sledeće nedelje.", null, null, 7, 5),
            latin(OPEN_DATA, "70840", "Biljana Živković", "biljana.zivkovic@example.rs", "Gde je voda ispravna: podaci o vodosnabdevanju",
                    "Od otvorenih podataka o analizama vode napravila sam tabelu po naseljima, da meštani znaju gde je voda za piće"
                            + " ispravna.", "https://data.gov.rs", null, 7, 5));

    static final Rejected RUNNING_REJECTED = new Rejected(latin(MY_ESERVICE, "71188", "Auto plac Centar", "autoplac@example.rs",
            "Polovni automobili povoljno", "Veliki izbor polovnih automobila, kredit i lizing. Pozovite nas.", null, null, 1, 1),
            "Prijava je reklama i nema veze sa e-uslugama opštine.");

    static final List<DemoEntry> RUNNING_PUBLISHED = List.of(
            latin(MY_ESERVICE, "71056", "Ana Stanković", "ana.stankovic@example.rs", "Upis u prvi razred preko eUprave",
                    "Ćerku smo upisali u prvi razred elektronski: škola je dobila podatke iz matične knjige i potvrdu o vakcinaciji"
                            + " bez ijednog papira od nas.", "https://euprava.gov.rs", Picture.PHONE, 8, 8),
            latin(MY_ESERVICE, "70459", "Nenad Ristić", "nenad.ristic@example.rs", "Kvar na vodovodu prijavljen u ponoć",
                    "Cev je pukla u ponoć. Prijavio sam kvar preko prijave komunalnog problema sa fotografijom, a ekipa je stigla"
                            + " ujutru pre sedam, bez ijednog telefonskog poziva.", null, Picture.POTHOLE, 8, 6),
            cyrillic(MY_ESERVICE, "71129", "Снежана Милошевић", "snezana.milosevic@example.rs", "еВртић у Сокобањи: упис за пет минута",
                    "Сина сам уписала у вртић преко портала еУправа. Општина је сама прибавила изводе, а ја сам само потврдила"
                            + " адресу и изабрала вртић.", null, Picture.KINDERGARTEN, 7, 7),
            latin(MY_ESERVICE, "71200", "Marija Đukić", "marija.djukic@example.rs", "Naknada za vantelesnu oplodnju bez papira",
                    "Zahtev za opštinsku naknadu troškova vantelesne oplodnje predali smo elektronski. Sve je bilo diskretno, bez"
                            + " objašnjavanja na šalteru.", null, null, 9, 5),
            latin(MY_ESERVICE, "70629", "Dejan Vasić", "dejan.vasic@example.rs", "Lokacijska informacija za vikendicu",
                    "Iz Beograda sam podneo zahtev za lokacijsku informaciju za plac u Kosjeriću i preuzeo je za četiri dana.", null,
                    null, 6, 3),
            latin(OPEN_DATA, "70904", "Luka Nedeljković", "luka.nedeljkovic@example.rs", "Gradski prevoz Paraćina na mapi",
                    "Od otvorenih podataka o linijama i stajalištima napravio sam mapu koju koriste đaci i penzioneri, sa vremenom"
                            + " polaska sa svakog stajališta.", "https://data.gov.rs", Picture.BUS, 8, 7),
            latin(OPEN_DATA, "71072", "Amra Kurtović", "amra.kurtovic@example.rs", "Kvalitet vazduha u Sjenici zimi",
                    "Uporedila sam otvorene podatke merne stanice sa danima grejne sezone i napravila kalendar dana kada je najbolje"
                            + " provetravati stan.", "https://data.gov.rs", Picture.AIR, 7, 6),
            cyrillic(OPEN_DATA, "70033", "Милан Јовичић", "milan.jovicic@example.rs", "Буџет Аранђеловца за спорт и рекреацију",
                    "Из отворених података о буџету издвојио сам све што општина даје за спорт, по клубовима и теренима, и то"
                            + " показао родитељима деце из нашег клуба.", null, Picture.BARS, 7, 5));
}
