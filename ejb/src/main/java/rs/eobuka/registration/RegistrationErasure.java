package rs.eobuka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import rs.eobuka.platform.privacy.SubjectErasing;
import rs.eobuka.platform.time.SerbianTime;

/**
 * A person about to be forgotten gives up their places in trainings still to come, so the next
 * on the waiting list moves up; registrations of trainings held stay (anonymised) for the counts.
 */
@ApplicationScoped
public class RegistrationErasure {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationService registrations;

    void cancelUpcoming(@Observes SubjectErasing erasing) {
        LocalDateTime now = LocalDateTime.now(SerbianTime.ZONE);
        for (Long id : em.createQuery("select r.id from Registration r where r.account.id = :account and r.status in :active"
                        + " and r.session.startsAt > :now order by r.id", Long.class)
                .setParameter("account", erasing.subject().accountId())
                .setParameter("active", RegistrationStatus.ACTIVE)
                .setParameter("now", now)
                .getResultList()) {
            registrations.cancel(id, erasing.subject().username(), false);
        }
    }
}
