package rs.eobuka.registration;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import rs.eobuka.platform.time.SerbianTime;

/**
 * A participant's overview of their own training, for the home page: the sessions ahead they
 * hold a registration for, and the certificates they have earned. Each answer is a page or a
 * count in the database, read through the index on (account, created).
 */
@Stateless
public class MyTrainingService {

    @PersistenceContext
    EntityManager em;

    /** The person's active registrations for sessions not yet started, soonest first. */
    public List<Registration> upcoming(String username, int max) {
        return em.createQuery("select r from Registration r join fetch r.session"
                        + " where r.account.username = :username and r.status in :active and r.session.startsAt >= :now"
                        + " order by r.session.startsAt asc, r.id asc", Registration.class)
                .setParameter("username", username).setParameter("active", RegistrationStatus.ACTIVE)
                .setParameter("now", SerbianTime.now()).setMaxResults(max).getResultList();
    }

    public long countUpcoming(String username) {
        return em.createQuery("select count(r) from Registration r where r.account.username = :username"
                        + " and r.status in :active and r.session.startsAt >= :now", Long.class)
                .setParameter("username", username).setParameter("active", RegistrationStatus.ACTIVE)
                .setParameter("now", SerbianTime.now()).getSingleResult();
    }

    /** Registrations whose certificate has been issued, newest session first. */
    public List<Registration> certificates(String username, int max) {
        return em.createQuery("select r from Registration r join fetch r.session"
                        + " where r.account.username = :username and r.status = :attended and r.certificateCode is not null"
                        + " order by r.session.startsAt desc, r.id desc", Registration.class)
                .setParameter("username", username).setParameter("attended", RegistrationStatus.ATTENDED)
                .setMaxResults(max).getResultList();
    }

    public long countCertificates(String username) {
        return em.createQuery("select count(r) from Registration r where r.account.username = :username"
                        + " and r.status = :attended and r.certificateCode is not null", Long.class)
                .setParameter("username", username).setParameter("attended", RegistrationStatus.ATTENDED)
                .getSingleResult();
    }
}
