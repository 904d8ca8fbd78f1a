package rs.eobuka.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.NotPersonalData;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;

/**
 * One e-mail, written in the same transaction as the business change it reports, and sent
 * later by {@link OutboxDispatcher}: a mail-server outage delays mail but loses none.
 */
@NotPersonalData(columns = "attachment_name", why = "a document's file name, made of its kind and number")
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** Attempts before a message is given up as FAILED. */
    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;
    @PersonalData(activity = ProcessingActivity.NOTIFICATIONS, category = DataCategory.CONTACT, key = SubjectKey.EMAIL)
    private String recipient;
    private String subject;
    @PersonalData(activity = ProcessingActivity.NOTIFICATIONS, category = DataCategory.CONTENT)
    private String body;
    @Enumerated(EnumType.STRING)
    private OutboxStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "attachment_name")
    private String attachmentName;
    @Column(name = "attachment_type")
    private String attachmentType;
    private String attachment;
    @Version
    private long version;

    protected OutboxMessage() {
        // for JPA
    }

    public OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.status = OutboxStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void attach(MailAttachment file) {
        this.attachmentName = file.fileName();
        this.attachmentType = file.contentType();
        this.attachment = file.content();
    }

    /** The attachment, if the message has one. */
    public java.util.Optional<MailAttachment> attachment() {
        return attachment == null ? java.util.Optional.empty()
                : java.util.Optional.of(new MailAttachment(attachmentName, attachmentType, attachment));
    }

    void markSent(Instant now) {
        status = OutboxStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** Retries back off from 30 seconds, doubling up to an hour, then the message fails. */
    void markAttemptFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = OutboxStatus.FAILED;
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
    }

    /** An admin asks to send a failed or held message again, now. */
    void retryNow(Instant now) {
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public OutboxStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
