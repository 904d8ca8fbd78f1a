package rs.eobuka.booking;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.persistence.LikePattern;

/** Trainers and the periods they are away. */
@Stateless
public class TrainerService {

    @PersistenceContext
    EntityManager em;

    public Trainer create(@NotNull @Valid TrainerDetails details) {
        if (findByEmail(details.email()).isPresent()) {
            throw new ConflictException("email", "trainer.emailTaken", details.email());
        }
        requireKnownPlaces(details);
        Trainer trainer = new Trainer(details.fullName(), details.email(), Instant.now());
        trainer.rename(details.fullName(), details.email(), details.phone());
        trainer.scope(details.topics(), details.regions(), details.lsguCodes());
        em.persist(trainer);
        return trainer;
    }

    public Trainer update(long id, @NotNull @Valid TrainerDetails details) {
        Trainer trainer = find(id);
        Optional<Trainer> sameEmail = findByEmail(details.email());
        if (sameEmail.isPresent() && !sameEmail.get().getId().equals(trainer.getId())) {
            throw new ConflictException("email", "trainer.emailTaken", details.email());
        }
        requireKnownPlaces(details);
        trainer.rename(details.fullName(), details.email(), details.phone());
        trainer.scope(details.topics(), details.regions(), details.lsguCodes());
        return trainer;
    }

    /** An inactive trainer keeps their bookings and history but cannot be booked again. */
    public Trainer setActive(long id, boolean active) {
        Trainer trainer = find(id);
        trainer.setActive(active);
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
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** The trainer list, filtered, sorted and paged in the database. */
    public List<Trainer> find(TrainerFilter filter, TrainerSort sort, boolean ascending, int first, int max) {
        TrainerSort order = sort == null ? TrainerSort.NAME : sort;
        TypedQuery<Trainer> query = em.createQuery("select t from Trainer t" + where(filter)
                + " order by " + order.expression() + (ascending ? " asc" : " desc") + ", t.id", Trainer.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(TrainerFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(t) from Trainer t" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /** Marks the trainer away; bookings already made in that period stay, the organizer sees both. */
    public TrainerUnavailability addUnavailability(long trainerId, LocalDateTime start, LocalDateTime end, String reason) {
        if (start == null) {
            throw new RuleViolationException("start", "booking.start.required");
        }
        if (end == null || !end.isAfter(start)) {
            throw new RuleViolationException("end", "booking.endBeforeStart");
        }
        if (reason != null && reason.strip().length() > 300) {
            throw new RuleViolationException("reason", "trainer.unavailability.reasonTooLong");
        }
        TrainerUnavailability away = new TrainerUnavailability(find(trainerId), start, end, reason);
        em.persist(away);
        return away;
    }

    /** The trainer's periods away, earliest first. */
    public List<TrainerUnavailability> unavailabilities(long trainerId) {
        return em.createQuery("select u from TrainerUnavailability u where u.trainer.id = :trainer order by u.startsAt, u.id",
                        TrainerUnavailability.class)
                .setParameter("trainer", trainerId).getResultList();
    }

    public void removeUnavailability(long trainerId, long unavailabilityId) {
        TrainerUnavailability away = em.find(TrainerUnavailability.class, unavailabilityId);
        if (away == null || !away.getTrainer().getId().equals(trainerId)) {
            throw new NotFoundException("trainer.unavailability.notFound", String.valueOf(unavailabilityId));
        }
        em.remove(away);
    }

    private void requireKnownPlaces(TrainerDetails details) {
        if (!details.lsguCodes().isEmpty() && em.createQuery("select count(l) from LocalSelfGovernmentUnit l where l.code in :codes", Long.class)
                .setParameter("codes", details.lsguCodes()).getSingleResult() != details.lsguCodes().size()) {
            throw new RuleViolationException("lsguCodes", "booking.lsguUnknown");
        }
        if (!details.regions().isEmpty() && em.createQuery("select count(distinct l.regionLatn) from LocalSelfGovernmentUnit l"
                        + " where l.regionLatn in :regions", Long.class)
                .setParameter("regions", details.regions()).getSingleResult() != details.regions().size()) {
            throw new RuleViolationException("regions", "trainer.regionUnknown");
        }
    }

    private static String where(TrainerFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (present(filter.text())) {
            where.append(" and (lower(t.fullName) like :text").append(LikePattern.ESCAPE)
                    .append(" or t.email like :text").append(LikePattern.ESCAPE).append(')');
        }
        if (filter.topic() != null) {
            where.append(" and :topic member of t.topics");
        }
        if (present(filter.region())) {
            // a trainer travels to a region when named for it, or for one of its LSGUs
            where.append(" and (:region member of t.regions or exists (select l.code from LocalSelfGovernmentUnit l"
                    + " where l.regionLatn = :region and l.code member of t.lsguCodes))");
        }
        if (present(filter.lsguCode())) {
            where.append(" and (:lsgu member of t.lsguCodes or exists (select l.code from LocalSelfGovernmentUnit l"
                    + " where l.code = :lsgu and l.regionLatn member of t.regions))");
        }
        if (filter.active() != null) {
            where.append(" and t.active = :active");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, TrainerFilter filter) {
        if (present(filter.text())) {
            query.setParameter("text", LikePattern.containing(filter.text(), Locale.ROOT));
        }
        if (filter.topic() != null) {
            query.setParameter("topic", filter.topic());
        }
        if (present(filter.region())) {
            query.setParameter("region", filter.region().strip());
        }
        if (present(filter.lsguCode())) {
            query.setParameter("lsgu", filter.lsguCode().strip());
        }
        if (filter.active() != null) {
            query.setParameter("active", filter.active());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
