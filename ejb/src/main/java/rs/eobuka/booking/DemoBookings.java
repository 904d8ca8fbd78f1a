package rs.eobuka.booking;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import rs.eobuka.account.DemoAccounts;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.session.SessionStatus;
import rs.eobuka.session.Topic;
import rs.eobuka.session.TrainingSession;

/**
 * Demo mode only: the trainers and venues of the Digital Caravan and the trainings, so the
 * planning calendar, workshop proposals and caravan events have people and rooms to book. The
 * trainer {@link #CARAVAN_TRAINER_EMAIL} is also the demo account {@code trainer}'s address, so
 * that account can count at the Digital Corner. The demo catalogue's upcoming sessions then book
 * the demo trainers their free text names and the demo venue they are held in, so the planning
 * calendar shows them. Seeds once, when there is no trainer yet.
 */
@Singleton
@Startup
@DependsOn("DemoCatalogue")
public class DemoBookings {

    /** The demo trainer who also signs in, as the demo account {@code trainer}. */
    public static final String CARAVAN_TRAINER_EMAIL = "trainer@demo.eobuka.rs";

    private static final Logger LOG = Logger.getLogger(DemoBookings.class.getName());

    static final String SUMADIJA = "Region Šumadije i Zapadne Srbije";
    static final String SOUTH_EAST = "Region Južne i Istočne Srbije";
    static final String VOJVODINA = "Region Vojvodine";
    static final String BELGRADE = "Beogradski region";

    @Inject
    TrainerService trainers;

    @Inject
    VenueService venues;

    @Inject
    BookingService bookings;

    @PersistenceContext
    EntityManager em;

    private static final List<TrainerDetails> TRAINERS = List.of(
            new TrainerDetails("Marko Petrović", "marko.petrovic@eobuka.rs", "+381 64 111 2233",
                    Set.of(Topic.ELECTRONIC_OFFICE, Topic.E_SIGNATURE, Topic.E_MAILBOX, Topic.LOCAL_E_GOVERNMENT), Set.of(SUMADIJA, BELGRADE), Set.of()),
            new TrainerDetails("Jelena Ilić", "jelena.ilic@eobuka.rs", "+381 63 222 3344",
                    Set.of(Topic.ELECTRONIC_OFFICE, Topic.E_MAILBOX, Topic.OPEN_DATA), Set.of(SUMADIJA), Set.of("79022")),
            new TrainerDetails("Ana Kovačević", "ana.kovacevic@eobuka.rs", "+381 65 333 4455",
                    Set.of(Topic.E_INVOICING, Topic.E_PAY, Topic.URNTR), Set.of(VOJVODINA, BELGRADE), Set.of()),
            new TrainerDetails("Milan Jovanović", "milan.jovanovic@eobuka.rs", null,
                    Set.of(Topic.CIVIL_SOCIETY, Topic.E_SIGNATURE), Set.of(VOJVODINA), Set.of()),
            new TrainerDetails("Dragana Nikolić", "dragana.nikolic@eobuka.rs", "+381 64 444 5566",
                    Set.of(Topic.E_SICK_LEAVE, Topic.E_PAY), Set.of(SOUTH_EAST, SUMADIJA), Set.of()),
            new TrainerDetails("Nikola Stojanović", "nikola.stojanovic@eobuka.rs", "+381 62 555 6677",
                    Set.of(Topic.E_PAY, Topic.URNTR), Set.of(SOUTH_EAST), Set.of("71269")),
            new TrainerDetails("Ivana Marković", "ivana.markovic@eobuka.rs", "+381 60 666 7788",
                    Set.of(Topic.INFORMATION_SECURITY), Set.of(SUMADIJA, SOUTH_EAST, VOJVODINA, BELGRADE), Set.of()),
            new TrainerDetails("Stefan Đorđević", CARAVAN_TRAINER_EMAIL, "+381 61 777 8899",
                    Set.of(Topic.E_SICK_LEAVE, Topic.E_PAY, Topic.URNTR, Topic.LOCAL_E_GOVERNMENT), Set.of(SUMADIJA, SOUTH_EAST), Set.of()));

    private static final List<VenueDetails> VENUES = List.of(
            new VenueDetails("70645", "Gradska uprava Kragujevac, velika sala", "Trg slobode 3", 60, true, 0, true),
            new VenueDetails("70645", "Regionalni centar za talente, računarska učionica", "Kneza Mihaila 1", 20, true, 20, true),
            new VenueDetails("71242", "Gradska kuća Čačak, sala Skupštine", "Župana Stracimira 2", 80, true, 0, true),
            new VenueDetails("89010", "Gradska kuća Novi Sad, plava sala", "Trg slobode 1", 50, true, 0, true),
            new VenueDetails("89010", "Kulturni centar Novog Sada", "Katolička porta 5", 40, true, 0, false),
            new VenueDetails("79022", "Gradska uprava Niš, sala 1", "Nikole Pašića 24", 45, true, 12, true),
            new VenueDetails("79022", "Gradska uprava Niš, sala 2", "Nikole Pašića 24", 30, true, 0, true),
            new VenueDetails("71269", "Gradska uprava Šabac, mala sala", "Gospodar Jevremova 6", 25, true, 10, true));

    @PostConstruct
    void seed() {
        if (!DemoAccounts.enabled() || trainers.findByEmail(TRAINERS.get(0).email()).isPresent()) {
            return;
        }
        TRAINERS.forEach(trainers::create);
        VENUES.forEach(venues::create);
        // Ivana Marković is away for a week two weeks from now, so the calendar shows an absence
        LocalDateTime monday = SerbianTime.now().toLocalDate().plusWeeks(2)
                .with(java.time.DayOfWeek.MONDAY).atStartOfDay();
        trainers.addUnavailability(trainers.findByEmail("ivana.markovic@eobuka.rs").orElseThrow().getId(),
                monday, monday.plusDays(5), "Godišnji odmor");
        int booked = bookDemoSessions();
        LOG.info(() -> "Demo bookings: " + TRAINERS.size() + " trainers, " + VENUES.size() + " venues, " + booked + " sessions booked");
    }

    /** Books, for each upcoming published session, the demo trainers its text names and the demo venue it is held in. */
    private int bookDemoSessions() {
        List<Trainer> all = trainers.find(TrainerFilter.activeOnly(), TrainerSort.NAME, true, 0, 100);
        int booked = 0;
        for (TrainingSession session : em.createQuery("select s from TrainingSession s where s.status = :published"
                        + " and s.startsAt > :now order by s.startsAt", TrainingSession.class)
                .setParameter("published", SessionStatus.PUBLISHED).setParameter("now", SerbianTime.now()).getResultList()) {
            String named = session.getTrainers() == null ? "" : session.getTrainers();
            Set<Long> trainerIds = all.stream().filter(t -> named.contains(t.getFullName())).map(Trainer::getId).collect(Collectors.toSet());
            Long venueId = venues.inLsgu(session.getLsgu().getCode()).stream().filter(v -> v.getName().equals(session.getVenue()))
                    .map(Venue::getId).findFirst().orElse(null);
            if (trainerIds.isEmpty() && venueId == null) {
                continue;
            }
            bookings.book(new BookingRequest(HolderKind.SESSION, session.getId(), session.calendarLabel(),
                    session.getStartsAt(), session.getEndsAt(), trainerIds, venueId, session.getLsgu().getCode(), session.mainTopic()),
                    DemoAccounts.PROPOSER);
            booked++;
        }
        return booked;
    }
}
