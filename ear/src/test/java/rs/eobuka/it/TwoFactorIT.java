package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountAdminService;
import rs.eobuka.account.NewAccount;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.account.TwoFactorService;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxMessage;
import rs.eobuka.platform.security.CredentialService;
import rs.eobuka.platform.security.LoginOutcome;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.security.Totp;

/**
 * Two-factor sign-in inside the server: turned on only by a code of the new key, then every
 * sign-in needs a fresh code (once each, within a step either side), the API takes it in the
 * X-OTP header, wrong codes count as failed sign-ins, turning it off needs the password and a code,
 * and administrators and organizers without it reach no API while it is required.
 */
@ExtendWith(ArquillianExtension.class)
class TwoFactorIT {

    private static final String PASSWORD = "a-long-password-1";
    private static final String ADDRESS = "198.51.100.40";
    private static final URI API = URI.create("http://127.0.0.1:8080/api/registrations");

    @Inject
    ServiceFixtures fixtures;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    CredentialService credentials;

    @Inject
    AccountAdminService accounts;

    @Inject
    MailOutbox outbox;

    @Test
    void shouldAskEverySignInForAFreshCodeOnceTurnedOn() throws Exception {
        // Given a participant who turns two-factor sign-in on, first with a wrong code
        Account account = fixtures.participant();
        String username = account.getUsername();
        String secret = twoFactor.newSecret();
        long step = Totp.step(Instant.now());
        assertThatThrownBy(() -> twoFactor.enable(username, secret, wrong(Totp.code(secret, step))))
                .isInstanceOf(RuleViolationException.class);
        assertThat(twoFactor.isEnabled(username)).isFalse();
        twoFactor.enable(username, secret, Totp.code(secret, step));

        // Then the owner is told, and the password alone no longer signs in
        assertThat(outbox.findTo(account.getEmail(), 0, 10)).extracting(OutboxMessage::getSubject)
                .anySatisfy(subject -> assertThat(subject).contains("dva koraka"));
        assertThat(credentials.check(username, PASSWORD, ADDRESS).status()).isEqualTo(LoginOutcome.Status.CODE_REQUIRED);
        HttpResponse<String> passwordOnly = call(username, null);
        assertThat(passwordOnly.statusCode()).isEqualTo(401);
        assertThat(passwordOnly.headers().firstValue("X-OTP")).hasValue("required");

        // When the API is called with a wrong code, a fresh one, and the same one again
        String fresh = Totp.code(secret, step + 1);
        assertThat(call(username, wrong(fresh)).statusCode()).isEqualTo(401);
        assertThat(call(username, fresh).statusCode()).isEqualTo(200);
        assertThat(call(username, fresh).statusCode()).as("a code works once").isEqualTo(401);
        // and the code enabling it cannot sign in either: it is spent
        assertThat(credentials.checkCode(username, Totp.code(secret, step), ADDRESS).status()).isEqualTo(LoginOutcome.Status.INVALID);

        // Then turning it off needs the password and a code, and is told to the owner
        assertThatThrownBy(() -> twoFactor.disable(username, "not-the-password", "000000")).isInstanceOf(RuleViolationException.class);
        assertThat(twoFactor.isEnabled(username)).isTrue();
        // an admin turns it off for a lost phone, through the API
        HttpResponse<String> off = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:8080/api/admin/users/" + username + "/two-factor")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo-lozinka".getBytes(StandardCharsets.UTF_8)))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(off.statusCode()).as(off.body()).isEqualTo(204);
        assertThat(twoFactor.isEnabled(username)).isFalse();
        assertThat(credentials.check(username, PASSWORD, ADDRESS).status()).isEqualTo(LoginOutcome.Status.VALID);
    }

    @Test
    void shouldCountWrongCodesAsFailedSignInsAndTurnOffWithPasswordAndCode() {
        Account account = fixtures.participant();
        String username = account.getUsername();
        String secret = twoFactor.newSecret();
        long step = Totp.step(Instant.now());
        twoFactor.enable(username, secret, Totp.code(secret, step));

        // When someone with the password guesses codes
        LoginOutcome last = null;
        for (int i = 0; i < 6; i++) {
            last = credentials.checkCode(username, String.format("%06d", i), ADDRESS);
        }

        // Then the account locks as it does for wrong passwords
        assertThat(last.status()).isEqualTo(LoginOutcome.Status.LOCKED);
        assertThat(credentials.checkCode(username, Totp.code(secret, step + 1), ADDRESS).status()).isEqualTo(LoginOutcome.Status.LOCKED);

        // and its owner turns it off with the password and a code of the app
        Account other = fixtures.participant();
        String otherSecret = twoFactor.newSecret();
        twoFactor.enable(other.getUsername(), otherSecret, Totp.code(otherSecret, step));
        twoFactor.disable(other.getUsername(), PASSWORD, Totp.code(otherSecret, step + 1));
        assertThat(twoFactor.isEnabled(other.getUsername())).isFalse();
    }

    @Test
    void shouldKeepAnOrganizerWithoutItFromTheApiWhileItIsRequired() throws Exception {
        String username = "it-org-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(username, PASSWORD, "Organizatorka " + username, username + "@example.rs", "70645",
                OrganisationType.LSGU, EnumSet.of(Role.ORGANIZER)));
        assertThat(call(username, null).statusCode()).as("not required on the tests' server").isEqualTo(200);
        String before = System.getProperty("eobuka.two-factor.required");
        System.setProperty("eobuka.two-factor.required", "true");
        try {
            // When it is required, an organizer without it is refused, a participant is not
            HttpResponse<String> refused = call(username, null);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("dva koraka");
            assertThat(call(fixtures.participant().getUsername(), null).statusCode()).isEqualTo(200);

            // Then, once the organizer has turned it on, the API answers again (with a code)
            String secret = twoFactor.newSecret();
            long step = Totp.step(Instant.now());
            twoFactor.enable(username, secret, Totp.code(secret, step));
            assertThat(call(username, Totp.code(secret, step + 1)).statusCode()).isEqualTo(200);
        } finally {
            System.setProperty("eobuka.two-factor.required", before == null ? "false" : before);
        }
    }

    private static HttpResponse<String> call(String username, String code) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(API).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (code != null) {
            request.header("X-OTP", code);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
