package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.Account;
import rs.eobuka.account.ProfileService;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxMessage;
import rs.eobuka.platform.mail.OutboxStatus;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.session.TrainingSession;

/**
 * The outbox against a real SMTP server: GreenMail, listening on 127.0.0.1:3025 (where the test
 * server sends mail) inside the server's JVM, started and stopped by each test. Mail arrives as
 * the recipient should read it, and an outage delays mail without losing any.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxMailIT {

    /** The dispatcher runs every ten seconds and sends the longest-due first; give a backlog time to drain. */
    private static final Duration DELIVERY = Duration.ofSeconds(120);

    @Inject
    ProfileService profiles;

    @Inject
    RegistrationService registrations;

    @Inject
    MailOutbox outbox;

    @Inject
    ServiceFixtures fixtures;

    private GreenMail smtp;

    @BeforeEach
    void smtpServer() {
        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void shouldDeliverConfirmationWithCalendarFileInRecipientsLanguage() throws Exception {
        // Given a running mail server, and a participant who reads English
        smtp.start();
        TrainingSession session = fixtures.publishedSession(5);
        Account participant = fixtures.participant();
        profiles.changeLanguage(participant.getUsername(), Language.EN);
        Registration registration = registrations.register(session.getId(), participant.getUsername(), true);

        // When an organizer approves the registration
        fixtures.approve(registration.getProcessInstanceId());

        // Then the confirmation arrives in English, with the session's calendar file attached
        Optional<MimeMessage> confirmation = awaitMail(participant.getEmail(), "eObuka: registration confirmed");
        assertThat(confirmation).as("confirmation delivered").isPresent();
        MimeMessage mail = confirmation.get();
        String title = session.getTraining().title(Language.EN);
        assertThat(mail.getSubject()).isEqualTo("eObuka: registration confirmed – " + title);
        assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(text(parts.getBodyPart(0))).contains("Dear " + participant.getFullName(), "is confirmed");
        BodyPart calendar = parts.getBodyPart(1);
        assertThat(calendar.getContentType()).startsWith("text/calendar");
        assertThat(calendar.getFileName()).isEqualTo("eobuka-session-" + session.getId() + ".ics");
        String ics = text(calendar).replace("\r\n ", "");
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("UID:session-" + session.getId() + "@eobuka.rs", "SUMMARY:" + title.replace(",", "\\,"));
    }

    @Test
    void shouldKeepMailWhileSmtpIsDownAndSendItOnResend() throws Exception {
        // Given no mail server listening
        assertThat(smtp.isRunning()).isFalse();
        TrainingSession session = fixtures.publishedSession(5);
        Account participant = fixtures.participant();

        // When a registration queues its receipt and the dispatcher tries to send it
        registrations.register(session.getId(), participant.getUsername(), true);
        assertThat(ServiceFixtures.await(Duration.ofSeconds(40), () -> queued(participant).getAttempts() > 0))
                .as("the dispatcher tried").isTrue();

        // Then the message stays pending, with the error and a later attempt, and none is lost
        OutboxMessage failed = queued(participant);
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(failed.getNextAttemptAt()).isAfter(failed.getCreatedAt());
        assertThat(failed.getBody()).contains(participant.getFullName());

        // When the mail server is back and the admin sends the message again
        smtp.start();
        outbox.resend(failed.getId());

        // Then it arrives and is marked sent
        assertThat(awaitMail(participant.getEmail(), failed.getSubject())).as("delivered after the outage").isPresent();
        assertThat(ServiceFixtures.await(Duration.ofSeconds(20), () -> queued(participant).getStatus() == OutboxStatus.SENT)).isTrue();
        OutboxMessage sent = queued(participant);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getLastError()).isNull();
        assertThat(fixtures.mailTo(participant.getEmail(), "")).hasSize(1);
    }

    /** The one message queued for the participant. */
    private OutboxMessage queued(Account participant) {
        List<OutboxMessage> messages = fixtures.mailTo(participant.getEmail(), "");
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private Optional<MimeMessage> awaitMail(String recipient, String subjectStart) throws InterruptedException {
        MimeMessage[] found = new MimeMessage[1];
        ServiceFixtures.await(DELIVERY, () -> {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                try {
                    if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient))
                            && message.getSubject().startsWith(subjectStart)) {
                        found[0] = message;
                        return true;
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        });
        return Optional.ofNullable(found[0]);
    }

    private static String text(BodyPart part) throws IOException, MessagingException {
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
