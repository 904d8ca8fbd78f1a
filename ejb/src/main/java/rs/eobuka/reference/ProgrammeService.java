package rs.eobuka.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;

/** Programmes: created and described by admins and organizers, chosen by trainings. */
@Stateless
public class ProgrammeService {

    @PersistenceContext
    EntityManager em;

    public Programme create(@NotNull @Valid ProgrammeDetails details) {
        checkUniqueName(details.name(), null);
        Programme programme = new Programme(details.name().strip(), Instant.now());
        describe(programme, details);
        em.persist(programme);
        return programme;
    }

    public Programme update(long id, @NotNull @Valid ProgrammeDetails details) {
        Programme programme = get(id);
        checkUniqueName(details.name(), id);
        describe(programme, details);
        return programme;
    }

    public Programme get(long id) {
        Programme programme = em.find(Programme.class, id);
        if (programme == null) {
            throw new NotFoundException("programme.notFound");
        }
        return programme;
    }

    public Optional<Programme> findByName(String name) {
        return em.createQuery("select p from Programme p where lower(p.name) = lower(:name)", Programme.class)
                .setParameter("name", name.strip()).getResultStream().findFirst();
    }

    /** All programmes by name; there are a handful, not thousands. */
    public List<Programme> findAll() {
        return em.createQuery("select p from Programme p order by p.name", Programme.class).setMaxResults(500).getResultList();
    }

    private static void describe(Programme programme, ProgrammeDetails details) {
        if (details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            throw new RuleViolationException("endsOn", "programme.period.invalid");
        }
        programme.describe(details.name().strip(), blankToNull(details.donor()), blankToNull(details.beneficiary()),
                details.startsOn(), details.endsOn(), blankToNull(details.coOrganisers()));
    }

    private void checkUniqueName(String name, Long except) {
        findByName(name).filter(p -> !p.getId().equals(except)).ifPresent(p -> {
            throw new ConflictException("name", "programme.name.taken");
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
