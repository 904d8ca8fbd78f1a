package rs.eobuka.booking;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.reference.LocalSelfGovernmentUnit;

/** Venues of the LSGUs where trainings and workshops are held. */
@Stateless
public class VenueService {

    @PersistenceContext
    EntityManager em;

    public Venue create(VenueDetails details) {
        LocalSelfGovernmentUnit lsgu = details.lsguCode() == null ? null : em.find(LocalSelfGovernmentUnit.class, details.lsguCode());
        if (lsgu == null) {
            throw new RuleViolationException("lsguCode", "booking.lsguUnknown");
        }
        Venue venue = new Venue(lsgu, details.name(), details.address(), details.seats(), Instant.now());
        venue.equip(details.projector(), details.computers(), details.wifi());
        em.persist(venue);
        return venue;
    }

    public Venue find(long id) {
        Venue venue = em.find(Venue.class, id);
        if (venue == null) {
            throw new NotFoundException("venue.notFound", String.valueOf(id));
        }
        return venue;
    }

    /** The active venues of one LSGU, by name. */
    public List<Venue> inLsgu(String lsguCode) {
        return em.createQuery("select v from Venue v where v.lsgu.code = :code and v.active = true order by v.name", Venue.class)
                .setParameter("code", lsguCode).getResultList();
    }
}
