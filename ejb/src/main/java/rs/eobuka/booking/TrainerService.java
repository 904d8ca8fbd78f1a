package rs.eobuka.booking;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;

/** Trainers and the periods they are away. */
@Stateless
public class TrainerService {

    @PersistenceContext
    EntityManager em;

    public Trainer create(TrainerDetails details) {
        if (findByEmail(details.email()).isPresent()) {
            throw new ConflictException("email", "trainer.emailTaken", details.email());
        }
        Trainer trainer = new Trainer(details.fullName(), details.email(), Instant.now());
        trainer.rename(details.fullName(), details.email(), details.phone());
        trainer.scope(details.topics(), details.regions(), details.lsguCodes());
        em.persist(trainer);
        return trainer;
    }

    public Trainer find(long id) {
        Trainer trainer = em.find(Trainer.class, id);
        if (trainer == null) {
            throw new NotFoundException("trainer.notFound", String.valueOf(id));
        }
        return trainer;
    }

    public Optional<Trainer> findByEmail(String email) {
        return em.createQuery("select t from Trainer t where t.email = :email", Trainer.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** Marks the trainer away; bookings already made in that period stay, the organizer sees both. */
    public TrainerUnavailability addUnavailability(long trainerId, LocalDateTime start, LocalDateTime end, String reason) {
        if (!end.isAfter(start)) {
            throw new RuleViolationException("end", "booking.endBeforeStart");
        }
        TrainerUnavailability away = new TrainerUnavailability(find(trainerId), start, end, reason);
        em.persist(away);
        return away;
    }
}
