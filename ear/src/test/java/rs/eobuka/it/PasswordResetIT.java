package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.Account;
import rs.eobuka.account.ErasedAccountCaches;
import rs.eobuka.account.PasswordReset;
import rs.eobuka.account.PasswordResetService;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.errors.TooManyRequestsException;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxMessage;
import rs.eobuka.platform.security.CredentialService;
import rs.eobuka.platform.security.LoginOutcome;

/**
 * A forgotten password, inside the server: the link goes only to an account's own address, the
 * account keeps its hash, it works once and within its hour, and it lets the owner in past a
 * lock that someone else's guesses put on the account.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordResetIT {

    private static final String OLD_PASSWORD = "a-long-password-1";
    private static final String NEW_PASSWORD = "reset-by-mail-password-9";
    /** Sign-ins of this test count against addresses of its own, not the suite's 127.0.0.1. */
    private static final String GUESSER = "198.51.100.23";
    private static final String OWNER = "198.51.100.24";
    /** Where this test's reset requests come from. */
    private static final String ADDRESS = "198.51.100.25";

    @Inject
    PasswordResetService resets;

    @Inject
    CredentialService credentials;

    @Inject
    MailOutbox outbox;

    @Inject
    ServiceFixtures fixtures;

    @Inject
    ErasedAccountCaches caches;

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource database;

    @Test
    void shouldSendOneUseLinkToTheAccountsAddressAndLetTheOwnerPastALock() throws Exception {
        // Given a participant whose account someone has locked by guessing
        Account account = fixtures.participant();
        for (int i = 0; i < 6; i++) {
            credentials.check(account.getUsername(), "a-wrong-guess-" + i, GUESSER);
        }
        assertThat(credentials.check(account.getUsername(), OLD_PASSWORD, OWNER).status()).isEqualTo(LoginOutcome.Status.LOCKED);

        // When a link is asked for an address no account has, and twice for theirs, in capitals and with spaces
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.rs";
        resets.request(nobody, ADDRESS);
        resets.request("  " + account.getEmail().toUpperCase() + " ", ADDRESS);
        resets.request(account.getEmail(), ADDRESS);

        // Then nothing goes to the unknown address, and one link to theirs, which the account keeps only as a hash
        assertThat(outbox.findTo(nobody, 0, 10)).isEmpty();
        List<OutboxMessage> links = resetMails(account.getEmail());
        assertThat(links).as("a second request within two minutes sends nothing").hasSize(1);
        assertThat(links.get(0).getBody()).contains(account.getUsername());
        String token = links.get(0).getBody().replaceFirst("(?s).*/reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+).*", "$1");
        assertThat(token).hasSize(43);
        String stored = storedResetToken(account.getId());
        assertThat(stored).hasSize(64).isNotEqualTo(token);
        assertThat(resets.isUsable(token)).isTrue();
        assertThat(resets.isUsable(token.substring(0, 42) + (token.endsWith("A") ? "B" : "A"))).isFalse();

        // When the owner picks a password that is too short
        assertThatThrownBy(() -> resets.reset(new PasswordReset(token, "short")))
                .hasStackTraceContaining("ConstraintViolation");

        // Then nothing changed and the link still works
        assertThat(resets.isUsable(token)).isTrue();

        // When they pick a good one
        String username = resets.reset(new PasswordReset(token, NEW_PASSWORD));

        // Then the new password signs in at once, lock or not; the old does not; they are told by mail; the link is spent
        assertThat(username).isEqualTo(account.getUsername());
        assertThat(credentials.check(username, NEW_PASSWORD, OWNER).status()).isEqualTo(LoginOutcome.Status.VALID);
        assertThat(credentials.check(username, OLD_PASSWORD, OWNER).status()).isEqualTo(LoginOutcome.Status.INVALID);
        assertThat(outbox.findTo(account.getEmail(), 0, 10)).extracting(OutboxMessage::getSubject)
                .contains("eObuka: lozinka je promenjena");
        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(new PasswordReset(token, "another-long-password-3")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("token"));
        assertThat(storedResetToken(account.getId())).isNull();
    }

    @Test
    void shouldRefuseALinkAfterItsHour() throws Exception {
        // Given a link sent to a participant
        Account account = fixtures.participant();
        resets.request(account.getEmail(), ADDRESS);
        String body = resetMails(account.getEmail()).get(0).getBody();
        String token = body.replaceFirst("(?s).*/reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+).*", "$1");

        // When its hour has passed
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("update account set reset_expires_at = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
            update.setLong(2, account.getId());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        caches.evict();

        // Then it sets nothing
        assertThat(resets.isUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(new PasswordReset(token, NEW_PASSWORD))).isInstanceOf(RuleViolationException.class);
        assertThat(credentials.check(account.getUsername(), OLD_PASSWORD, OWNER).status()).isEqualTo(LoginOutcome.Status.VALID);
    }

    private List<OutboxMessage> resetMails(String email) {
        return outbox.findTo(email, 0, 10).stream().filter(m -> m.getSubject().equals("eObuka: postavite novu lozinku")).toList();
    }

    private String storedResetToken(long accountId) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("select reset_token from account where id = ?")) {
            select.setLong(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    @Test
    void shouldRefuseAnAddressThatAskedForTenLinksWithinTheHourWhateverTheEmail() {
        // Given an address that asked for links to ten e-mail addresses, known or not
        String from = "198.51.100.26";
        for (int i = 0; i < 10; i++) {
            resets.request("nobody-" + i + "-" + System.nanoTime() + "@example.rs", from);
        }

        // Then its eleventh request is refused until its hour is over, while another address may ask
        assertThatThrownBy(() -> resets.request("someone@example.rs", from))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> assertThat(e.retryAfterSeconds()).isBetween(3000L, 3600L));
        resets.request("someone@example.rs", "198.51.100.27");
    }
}
