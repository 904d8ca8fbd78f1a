package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A real SMTP server in the test's JVM, on 127.0.0.1:3025 where the test server sends its mail,
 * for as long as a browser test waits for a message with a link in it.
 */
final class SmtpInbox implements AutoCloseable {

    /** The outbox's dispatcher runs every ten seconds, after any backlog other tests left while no mail server listened. */
    static final Duration DELIVERY = Duration.ofSeconds(120);

    private final GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    SmtpInbox() {
        smtp.start();
    }

    /** The first group of {@code link} in the first message to the recipient whose subject starts so, once it has arrived. */
    String awaitLink(String recipient, String subjectStart, Pattern link) {
        return new FluentWait<>(smtp).withTimeout(DELIVERY).pollingEvery(Duration.ofMillis(500))
                .withMessage("no message \"" + subjectStart + "…\" reached " + recipient)
                .until(server -> {
                    try {
                        for (MimeMessage message : server.getReceivedMessages()) {
                            if (recipient.equals(message.getRecipients(Message.RecipientType.TO)[0].toString())
                                    && message.getSubject().startsWith(subjectStart)) {
                                String body = text(message);
                                Matcher found = link.matcher(body);
                                assertThat(found.find()).as("link in " + body).isTrue();
                                return found.group(1);
                            }
                        }
                        return null;
                    } catch (MessagingException | IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @Override
    public void close() {
        smtp.stop();
    }

    /** The decoded text of a message, its parts joined. */
    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return content instanceof String string ? string : "";
    }
}
