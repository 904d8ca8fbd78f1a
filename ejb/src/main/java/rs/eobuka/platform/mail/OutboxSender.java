package rs.eobuka.platform.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one outbox message over SMTP and records the outcome. With
 * {@code eobuka.mail.transport=outbox} (the local demo run) nothing leaves the machine: the
 * dispatcher holds the messages ({@link #holdAll}) and they are read on the admin's outbox page.
 */
@Stateless
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/eobuka")
    Session mailSession;

    /** Whether mail stays in the app ({@code eobuka.mail.transport=outbox}): then nothing is sent, only held. */
    public static boolean keepsMailInApp() {
        return "outbox".equals(System.getProperty("eobuka.mail.transport", "smtp"));
    }

    /**
     * Holds a batch of due messages in one transaction: with nothing to send there is no
     * outcome per message to keep apart, and one statement instead of a transaction per message
     * leaves the CPU to the users (under load, dozens of messages a second).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int holdAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("update OutboxMessage m set m.status = :held, m.version = m.version + 1"
                        + " where m.id in :ids and m.status = :pending")
                .setParameter("held", OutboxStatus.HELD).setParameter("pending", OutboxStatus.PENDING)
                .setParameter("ids", ids).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getStatus() != OutboxStatus.PENDING) {
            return;
        }
        try {
            MimeMessage mime = new MimeMessage(mailSession);
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient()));
            mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
            if (message.attachment().isPresent()) {
                MailAttachment file = message.attachment().get();
                MimeBodyPart text = new MimeBodyPart();
                text.setText(message.getBody(), StandardCharsets.UTF_8.name());
                MimeBodyPart attached = new MimeBodyPart();
                attached.setContent(file.content(), file.contentType());
                attached.setFileName(file.fileName());
                mime.setContent(new MimeMultipart(text, attached));
            } else {
                mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
            }
            mime.setSentDate(new Date());
            Transport.send(mime);
            message.markSent(Instant.now());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Sending outbox message {0} failed: {1}", new Object[] {id, e.getMessage()});
            message.markAttemptFailed(e.getMessage(), Instant.now());
        }
    }
}
