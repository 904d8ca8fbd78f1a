package rs.eobuka.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.privacy.SubjectErasure;

/**
 * Queues e-mails in the caller's transaction, and lists them for the admin's outbox page.
 * Texts come from the {@code mail_*} bundles in the recipient's language: key {@code X.subject}
 * and {@code X.body}.
 */
@Stateless
public class MailOutbox {

    @PersistenceContext
    EntityManager em;

    /**
     * Queues a message. One to a forgotten person (an address {@link SubjectErasure} gave an
     * erased account) is written nowhere: a process that ends after the erasure (a cancelled
     * registration) cannot reach them, nor keep what it would have said.
     */
    public OutboxMessage enqueue(String recipient, Language language, String template, Object... arguments) {
        String subject = Texts.get(Texts.MAIL, language, template + ".subject", arguments);
        String body = Texts.get(Texts.MAIL, language, template + ".body", arguments);
        OutboxMessage message = new OutboxMessage(recipient, subject, body, Instant.now());
        if (!SubjectErasure.isErasedAddress(recipient)) {
            em.persist(message);
        }
        return message;
    }

    /** As {@link #enqueue}, with a file attached (a calendar invitation, say). */
    public OutboxMessage enqueue(String recipient, Language language, String template, MailAttachment attachment, Object... arguments) {
        OutboxMessage message = enqueue(recipient, language, template, arguments);
        message.attach(attachment);
        return message;
    }

    /** Newest first, paged in the database. */
    public List<OutboxMessage> find(OutboxStatus status, int first, int max) {
        return em.createQuery("select m from OutboxMessage m where (:status is null or m.status = :status)"
                        + " order by m.createdAt desc, m.id desc", OutboxMessage.class)
                .setParameter("status", status).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * One recipient's messages, newest first, paged in the database. The address matches as
     * given or in lower case (accounts store theirs in lower case), so the recipient index serves it.
     */
    public List<OutboxMessage> findTo(String recipient, int first, int max) {
        String address = recipient.strip();
        return em.createQuery("select m from OutboxMessage m where m.recipient in (:addresses)"
                        + " order by m.createdAt desc, m.id desc", OutboxMessage.class)
                .setParameter("addresses", List.of(address, address.toLowerCase(java.util.Locale.ROOT)))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(OutboxStatus status) {
        return em.createQuery("select count(m) from OutboxMessage m where (:status is null or m.status = :status)", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    /** Deletes the messages to this address that have not gone out (a forgotten person is written to no more); returns how many. */
    public int withdrawUnsentTo(String recipient) {
        return em.createQuery("delete from OutboxMessage m where m.recipient = :recipient and m.status <> :sent")
                .setParameter("recipient", recipient).setParameter("sent", OutboxStatus.SENT).executeUpdate();
    }

    public void resend(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw new NotFoundException("error.notFound");
        }
        message.retryNow(Instant.now());
    }
}
