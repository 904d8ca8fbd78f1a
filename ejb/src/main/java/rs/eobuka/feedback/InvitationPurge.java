package rs.eobuka.feedback;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import rs.eobuka.platform.privacy.SubjectErasure;

/** One batch of the invitations' retention, in its own transaction so a large backlog never holds long locks. */
@Stateless
public class InvitationPurge {

    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    /**
     * Forgets who was invited to surveys closed before the cutoff: the invitations lose their
     * address, account and registration, their links are deleted; each invitation and whether it
     * was answered stay, so the response rates in reports do not change. Returns how many.
     */
    public int forgetInviteesClosedBefore(LocalDateTime cutoff) {
        List<Long> ids = em.createQuery("select i.id from FeedbackInvitation i where i.survey.status = :closed"
                        + " and i.survey.closedAt < :cutoff and i.email not like :forgotten order by i.id", Long.class)
                .setParameter("closed", SurveyStatus.CLOSED)
                .setParameter("cutoff", cutoff)
                .setParameter("forgotten", "%" + SubjectErasure.ERASED_DOMAIN)
                .setMaxResults(BATCH)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createQuery("delete from FeedbackToken t where t.invitation.id in :ids").setParameter("ids", ids).executeUpdate();
        return em.createQuery("update FeedbackInvitation i set i.email = concat('invitation-', cast(i.id as String), :domain),"
                        + " i.accountId = null, i.registrationId = null where i.id in :ids")
                .setParameter("domain", SubjectErasure.ERASED_DOMAIN)
                .setParameter("ids", ids)
                .executeUpdate();
    }
}
