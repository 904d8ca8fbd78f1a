package rs.eobuka.session;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.reference.ProgrammeService;

/** Trainings (courses) of the programmes: written by organizers, listed by the catalogue and the API. */
@Stateless
public class TrainingService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeService programmes;

    public Training create(@NotNull @Valid TrainingDetails details) {
        Training training = new Training(programmes.get(details.programmeId()), Instant.now());
        describe(training, details);
        em.persist(training);
        return training;
    }

    public Training update(long id, @NotNull @Valid TrainingDetails details) {
        Training training = get(id);
        training.moveTo(programmes.get(details.programmeId()));
        describe(training, details);
        return training;
    }

    public Training get(long id) {
        Training training = em.find(Training.class, id);
        if (training == null) {
            throw new NotFoundException("training.notFound");
        }
        return training;
    }

    /** Trainings of one programme, or of all when {@code programmeId} is null, by programme then title; paged. */
    public List<Training> find(Long programmeId, int first, int max) {
        return em.createQuery("select t from Training t where (:programme is null or t.programme.id = :programme)"
                        + " order by t.programme.name, t.titleSrLatn, t.id", Training.class)
                .setParameter("programme", programmeId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Long programmeId) {
        return em.createQuery("select count(t) from Training t where (:programme is null or t.programme.id = :programme)", Long.class)
                .setParameter("programme", programmeId).getSingleResult();
    }

    private static void describe(Training training, TrainingDetails details) {
        training.describe(details.text(), details.durationHours(),
                details.topics() == null || details.topics().isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(details.topics()),
                EnumSet.copyOf(details.audienceTypes()));
    }
}
