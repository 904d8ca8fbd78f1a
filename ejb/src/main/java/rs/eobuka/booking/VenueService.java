package rs.eobuka.booking;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.persistence.LikePattern;
import rs.eobuka.reference.LocalSelfGovernmentUnit;

/** Venues of the LSGUs where trainings and workshops are held. */
@Stateless
public class VenueService {

    @PersistenceContext
    EntityManager em;

    public Venue create(@NotNull @Valid VenueDetails details) {
        Venue venue = new Venue(lsgu(details), details.name(), details.address(), details.seats(), Instant.now());
        venue.equip(details.projector(), details.computers(), details.wifi());
        em.persist(venue);
        return venue;
    }

    public Venue update(long id, @NotNull @Valid VenueDetails details) {
        Venue venue = find(id);
        venue.describe(lsgu(details), details.name(), details.address(), details.seats());
        venue.equip(details.projector(), details.computers(), details.wifi());
        return venue;
    }

    /** An inactive venue keeps its bookings and history but cannot be booked again. */
    public Venue setActive(long id, boolean active) {
        Venue venue = find(id);
        venue.setActive(active);
        return venue;
    }

    public Venue find(long id) {
        Venue venue = em.find(Venue.class, id);
        if (venue == null) {
            throw new NotFoundException("venue.notFound", String.valueOf(id));
        }
        return venue;
    }

    /** The venue, if there is one with that id. */
    public Optional<Venue> lookup(long id) {
        return Optional.ofNullable(em.find(Venue.class, id));
    }

    /** The active venues of one LSGU, by name. */
    public List<Venue> inLsgu(String lsguCode) {
        return find(VenueFilter.activeIn(lsguCode), VenueSort.NAME, true, 0, 500);
    }

    /** The venue list, filtered, sorted and paged in the database. */
    public List<Venue> find(VenueFilter filter, VenueSort sort, boolean ascending, int first, int max) {
        VenueSort order = sort == null ? VenueSort.NAME : sort;
        TypedQuery<Venue> query = em.createQuery("select v from Venue v" + where(filter)
                + " order by " + order.expression() + (ascending ? " asc" : " desc") + ", v.id", Venue.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(VenueFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(v) from Venue v" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private LocalSelfGovernmentUnit lsgu(VenueDetails details) {
        LocalSelfGovernmentUnit lsgu = details.lsguCode() == null ? null : em.find(LocalSelfGovernmentUnit.class, details.lsguCode().strip());
        if (lsgu == null) {
            throw new RuleViolationException("lsguCode", "booking.lsguUnknown");
        }
        return lsgu;
    }

    private static String where(VenueFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (present(filter.text())) {
            where.append(" and (lower(v.name) like :text").append(LikePattern.ESCAPE)
                    .append(" or lower(v.address) like :text").append(LikePattern.ESCAPE).append(')');
        }
        if (present(filter.lsguCode())) {
            where.append(" and v.lsgu.code = :lsgu");
        }
        if (present(filter.region())) {
            where.append(" and v.lsgu.regionLatn = :region");
        }
        if (filter.minSeats() != null) {
            where.append(" and v.seats >= :seats");
        }
        if (filter.projector()) {
            where.append(" and v.projector = true");
        }
        if (filter.minComputers() != null) {
            where.append(" and v.computers >= :computers");
        }
        if (filter.wifi()) {
            where.append(" and v.wifi = true");
        }
        if (filter.active() != null) {
            where.append(" and v.active = :active");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, VenueFilter filter) {
        if (present(filter.text())) {
            query.setParameter("text", LikePattern.containing(filter.text(), Locale.ROOT));
        }
        if (present(filter.lsguCode())) {
            query.setParameter("lsgu", filter.lsguCode().strip());
        }
        if (present(filter.region())) {
            query.setParameter("region", filter.region().strip());
        }
        if (filter.minSeats() != null) {
            query.setParameter("seats", filter.minSeats());
        }
        if (filter.minComputers() != null) {
            query.setParameter("computers", filter.minComputers());
        }
        if (filter.active() != null) {
            query.setParameter("active", filter.active());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
