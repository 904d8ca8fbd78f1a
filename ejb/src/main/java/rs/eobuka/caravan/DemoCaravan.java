package rs.eobuka.caravan;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.TaskService;
import rs.eobuka.account.DemoAccounts;
import rs.eobuka.booking.DemoBookings;
import rs.eobuka.booking.Trainer;
import rs.eobuka.booking.TrainerService;
import rs.eobuka.booking.Venue;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.SessionPlan;
import rs.eobuka.session.Training;
import rs.eobuka.session.TrainingSession;
import rs.eobuka.session.process.SessionApprovalVariables;

/**
 * Demo mode only: two caravan stops, so the public page, the organizers' list, the report and the
 * tally have something to show. Čačak a week ago, held, with its Digital Corner's taps and a
 * filed report; Kragujevac in ten days, planned, with an eSick Leave workshop published as a
 * session, a promotional part and Digital Corner hours staffed by the demo account {@code trainer}.
 */
@Singleton
@Startup
@DependsOn("DemoBookings")
public class DemoCaravan {

    private static final Logger LOG = Logger.getLogger(DemoCaravan.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CaravanService caravan;

    @Inject
    CaravanReportService reports;

    @Inject
    TrainerService trainers;

    @Inject
    SessionApprovalService approvals;

    @Inject
    TaskService tasks;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void seed() {
        if (!DemoAccounts.enabled() || caravan.countAll() > 0) {
            return;
        }
        Trainer stefan = trainers.findByEmail(DemoBookings.CARAVAN_TRAINER_EMAIL).orElse(null);
        if (stefan == null) {
            return;
        }
        LocalDate today = SerbianTime.now().toLocalDate();
        held(today.minusDays(7), stefan);
        upcoming(today.plusDays(10), stefan);
        LOG.info("Demo caravan: one held event in Čačak, one planned in Kragujevac");
    }

    private void held(LocalDate day, Trainer stefan) {
        Long hall = venue("71242");
        Long dragana = trainerId("dragana.nikolic@eobuka.rs");
        CaravanEvent event = caravan.create(new EventPlan("71242", day, "Digitalni karavan u Čačku",
                "Radionica eBolovanja za poslodavce, predstavljanje e-usluga i Digitalni kutak za građane.",
                List.of(new PartPlan(CaravanPartKind.TRAINING, "eBolovanje za poslodavce", LocalTime.of(10, 0), LocalTime.of(12, 0),
                                hall, Set.of(dragana), null),
                        new PartPlan(CaravanPartKind.PROMOTION, "Predstavljanje portala eUprava", LocalTime.of(12, 30),
                                LocalTime.of(13, 0), null, Set.of(stefan.getId()), null),
                        new PartPlan(CaravanPartKind.DIGITAL_CORNER, "Digitalni kutak", LocalTime.of(13, 0), LocalTime.of(16, 0),
                                null, Set.of(stefan.getId(), dragana), null))), DemoAccounts.REVIEWER);
        CornerService[] services = CornerService.values();
        AgeBand[] bands = AgeBand.values();
        LocalDateTime opening = day.atTime(13, 0);
        for (int i = 0; i < 41; i++) {
            CornerService service = services[(i * 7 + i / 5) % services.length];
            TapInput tap = new TapInput(service, "demo-cacak-" + i, i % 3 == 0 ? null : bands[i % bands.length], i % 4 == 0,
                    service == CornerService.OTHER ? "eVrtić: upis deteta" : null, null);
            LocalDateTime at = opening.plusMinutes(i * 4L);
            em.persist(new CornerTap(event.getId(), tap, i % 2 == 0 ? "trainer" : DemoAccounts.REVIEWER, at, at.plusSeconds(2)));
        }
        em.flush();
        reports.file(event.getId(), "Slab mobilni signal u sali; dva laptopa bez punjača.",
                "Radionica ePlaćanja za zaposlene u opštinskoj upravi i još jedan Digitalni kutak na pijaci.", DemoAccounts.REVIEWER);
    }

    private void upcoming(LocalDate day, Trainer stefan) {
        Long hall = venue("70645");
        LocalDateTime start = day.atTime(10, 0);
        Long session = eSickLeaveSession(start);
        caravan.create(new EventPlan("70645", day, "Digitalni karavan u Kragujevcu",
                "eBolovanje za poslodavce i službe ljudskih resursa, predstavljanje e-usluga grada i Digitalni kutak.",
                List.of(new PartPlan(CaravanPartKind.WORKSHOP, "eBolovanje: elektronske doznake", LocalTime.of(10, 0),
                                LocalTime.of(13, 0), hall, Set.of(stefan.getId()), session),
                        new PartPlan(CaravanPartKind.PROMOTION, "E-usluge grada Kragujevca", LocalTime.of(13, 30),
                                LocalTime.of(14, 0), null, Set.of(), null),
                        new PartPlan(CaravanPartKind.DIGITAL_CORNER, "Digitalni kutak", LocalTime.of(14, 0), LocalTime.of(17, 0),
                                null, Set.of(stefan.getId()), null))), DemoAccounts.PROPOSER);
    }

    /** The workshop's session: proposed and approved like any other, so participants register for it. */
    private Long eSickLeaveSession(LocalDateTime start) {
        Training training = em.createQuery("select t from Training t join t.topics topic where topic = :topic order by t.id", Training.class)
                .setParameter("topic", rs.eobuka.session.Topic.E_SICK_LEAVE).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (training == null) {
            return null;
        }
        TrainingSession session = approvals.propose(new SessionPlan(training.getId(), "70645",
                "Gradska uprava Kragujevac, velika sala", "Trg slobode 3", start, start.plusHours(3), start.minusDays(2),
                40, null, "Stefan Đorđević", null), DemoAccounts.PROPOSER);
        tasks.createTaskQuery().processInstanceId(session.getProcessInstanceId())
                .taskDefinitionKey(SessionApprovalVariables.TASK_REVIEW).list()
                .forEach(review -> approvals.review(review.getId(), DemoAccounts.REVIEWER, true, null));
        LOG.fine(() -> "Demo caravan workshop: " + training.title(Language.DEFAULT));
        return session.getId();
    }

    private Long venue(String lsguCode) {
        return em.createQuery("select v.id from Venue v where v.lsgu.code = :lsgu order by v.id", Long.class)
                .setParameter("lsgu", lsguCode).setMaxResults(1).getSingleResult();
    }

    private Long trainerId(String email) {
        return trainers.findByEmail(email).map(Trainer::getId).orElseThrow();
    }
}
