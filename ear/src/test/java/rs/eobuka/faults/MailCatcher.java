package rs.eobuka.faults;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SMTP server the fault suite's WildFly sends to: a GreenMail in the test's JVM that a
 * scenario stops and starts again, keeping what every run of it received.
 */
final class MailCatcher {

    /** One received e-mail, as far as the suite tells them apart: each scenario's recipients get one mail per subject. */
    record Mail(String to, String subject) {
    }

    private final int port;
    private final List<Mail> earlier = new ArrayList<>();
    private GreenMail smtp;

    MailCatcher(int port) {
        this.port = port;
    }

    synchronized void start() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    synchronized void stop() {
        if (smtp != null) {
            earlier.addAll(mails(smtp.getReceivedMessages()));
            smtp.stop();
            smtp = null;
        }
    }

    synchronized boolean isRunning() {
        return smtp != null;
    }

    /** Everything received since the suite began, one entry per delivery. */
    synchronized List<Mail> received() {
        List<Mail> all = new ArrayList<>(earlier);
        if (smtp != null) {
            all.addAll(mails(smtp.getReceivedMessages()));
        }
        return all;
    }

    /** Deliveries to these recipients, counted by mail. */
    Map<Mail, Long> receivedBy(Set<String> recipients) {
        return received().stream().filter(m -> recipients.contains(m.to()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Deliveries beyond the first of the same mail to these recipients. */
    long duplicates(Set<String> recipients) {
        return receivedBy(recipients).values().stream().mapToLong(n -> n - 1).sum();
    }

    private static List<Mail> mails(MimeMessage[] messages) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : messages) {
            try {
                Address[] to = message.getAllRecipients();
                String subject = message.getSubject();
                Arrays.stream(to == null ? new Address[0] : to).forEach(a -> mails.add(new Mail(a.toString(), subject)));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }
}
