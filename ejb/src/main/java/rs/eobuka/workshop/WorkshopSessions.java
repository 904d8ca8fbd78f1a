package rs.eobuka.workshop;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.booking.Trainer;
import rs.eobuka.booking.TrainerService;
import rs.eobuka.booking.Venue;
import rs.eobuka.booking.VenueService;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.LsguService;
import rs.eobuka.session.SessionPlan;
import rs.eobuka.session.Training;
import rs.eobuka.session.TrainingSession;

/**
 * Publishes a confirmed workshop as a session of the training of its topic, so participants
 * register through the training-registration process like for any session (limited to the
 * requester's LSGU when they asked). The session is
 * published directly, not through the session-approval process (the organizers already agreed
 * the slot with the requester), and books nothing: the workshop holds its trainers and venue.
 */
@Stateless
public class WorkshopSessions {

    /** Registration closes the evening before the workshop. */
    static final int REGISTRATION_CLOSES_HOURS_BEFORE = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    LsguService lsgus;

    @Inject
    TrainerService trainers;

    @Inject
    VenueService venues;

    @Inject
    AccountLookupService accounts;

    public TrainingSession publish(WorkshopRequest request, String organizer) {
        Training training = em.createQuery("select t from Training t where :topic member of t.topics order by t.id", Training.class)
                .setParameter("topic", request.getTopic()).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolationException("topic", "workshop.training.missing"));
        LocalSelfGovernmentUnit lsgu = lsgus.findByCode(request.getLsguCode()).orElseThrow();
        Venue venue = request.getProposedVenueId() == null ? null : venues.find(request.getProposedVenueId());
        String trainerNames = request.getProposedTrainerIds().stream().sorted().map(trainers::find).map(Trainer::getFullName)
                .collect(Collectors.joining(", "));
        LocalDateTime start = request.getProposedStart();
        LocalDateTime deadline = start.minusHours(REGISTRATION_CLOSES_HOURS_BEFORE);
        LocalDateTime now = SerbianTime.now();
        SessionPlan plan = new SessionPlan(training.getId(), lsgu.getCode(),
                venue == null ? truncate(request.getVenueOffer(), 200) : venue.getName(), venue == null ? null : venue.getAddress(),
                start, request.getProposedEnd(), deadline.isAfter(now) ? deadline : start,
                Math.max(request.getExpectedParticipants(), 1), null, truncate(trainerNames, 500), audience(training, request));
        Instant published = Instant.now();
        TrainingSession session = new TrainingSession(training, organizer, published);
        session.plan(plan, lsgu);
        if (request.isLsguOnly()) {
            session.limitToLsgu();
        }
        em.persist(session);
        session.publish(published);
        em.flush();
        return session;
    }

    /** The training's audience, and the requester's own kind of organisation (an employer's staff may come to an ePay workshop it asked for). */
    private Set<OrganisationType> audience(Training training, WorkshopRequest request) {
        Set<OrganisationType> audience = EnumSet.noneOf(OrganisationType.class);
        audience.addAll(training.getAudienceTypes());
        accounts.findByUsername(request.getRequester()).map(Account::getOrganisationType).ifPresent(audience::add);
        return audience;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The trainers of the proposal, by name, for the e-mails. */
    public List<Trainer> trainersOf(WorkshopRequest request) {
        return request.getProposedTrainerIds().stream().sorted().map(trainers::find).toList();
    }
}
