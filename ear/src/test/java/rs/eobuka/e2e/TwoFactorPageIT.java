package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.e2e.ParticipantSteps.PASSWORD;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import rs.eobuka.platform.security.Totp;

/**
 * Two-factor sign-in from the profile: the key shown as a QR code and as text, turned on with a
 * code of the app, then the login page's second step asks for a code after the password. Where
 * it is required (admins and organizers), every page but the profile sends one without it there.
 */
class TwoFactorPageIT extends OrganizerBrowserIT {

    @Test
    void shouldTurnOnFromTheProfileAndThenAskForACodeAfterThePassword() throws Exception {
        // Given a participant on their profile, two-factor sign-in off
        String username = ParticipantSteps.createParticipant(base, "Tijana Dvafaktor");
        login(username, PASSWORD);
        open("/account/profile.xhtml");
        assertThat(text(By.id("two-factor-status"))).isEqualTo("Isključena: za prijavu je dovoljna lozinka.");

        // When they start, the key is shown as a QR code and as text
        guardAjax(() -> driver.findElement(By.id("twoFactorOn:start")).click());
        assertThat(driver.findElement(By.id("two-factor-qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        String key = text(By.id("two-factor-key")).replace(" ", "");
        assertThat(key).matches("[A-Z2-7]{32}");
        checkAccessibility("account/profile-two-factor");

        // and a wrong code is refused, the app's code turns it on
        long step = Totp.step(Instant.now());
        typeInto(By.id("twoFactorOn:code"), "000000".equals(Totp.code(key, step)) ? "111111" : "000000");
        guardAjax(() -> driver.findElement(By.id("twoFactorOn:confirm")).click());
        assertThat(text(By.id("twoFactorOn"))).contains("Kod nije tačan");
        typeInto(By.id("twoFactorOn:code"), Totp.code(key, step));
        guardAjax(() -> driver.findElement(By.id("twoFactorOn:confirm")).click());
        assertThat(text(By.id("two-factor-status"))).startsWith("Uključena");
        assertThat(text(By.id("twoFactorOff"))).contains("Prijava u dva koraka je uključena.");

        // When they sign out and in again with the password
        logout();
        login(username, PASSWORD);

        // Then the login page asks for a code, refuses a wrong one and takes the app's next one
        assertThat(text(By.id("code:messages"))).contains("šestocifreni kod");
        checkAccessibility("login-code");
        typeInto(By.id("code:otp"), Totp.code(key, step));
        guardHttp(() -> driver.findElement(By.id("code:submit")).click());
        assertThat(text(By.id("code:messages"))).contains("Kod nije tačan ili je već iskorišćen");
        typeInto(By.id("code:otp"), Totp.code(key, step + 1));
        guardHttp(() -> driver.findElement(By.id("code:submit")).click());
        open("/account/profile.xhtml");
        assertThat(text(By.id("profile-username"))).isEqualTo(username);
    }

    @Test
    void shouldKeepAnOrganizerOnTheProfileUntilTheyTurnItOnWhileItIsRequired() {
        // Given an organizer without two-factor sign-in, on a server that requires it of organizers
        String organizer = organizer("Olga Dvafaktor");
        setup("do=twoFactorRequired&value=true");
        try {
            // When they sign in and open their sessions
            loginAs(organizer);
            open("/organizer/sessions.xhtml");

            // Then they are sent to the profile's two-factor section, which says why
            assertThat(driver.getCurrentUrl()).contains("/account/profile.xhtml#two-factor");
            assertThat(text(By.id("two-factor-required"))).contains("Administratori i organizatori se prijavljuju u dva koraka");
            open("/inbox/index.xhtml");
            assertThat(driver.getCurrentUrl()).contains("/account/profile.xhtml");

            // When they turn it on with the app's code
            guardAjax(() -> driver.findElement(By.id("twoFactorOn:start")).click());
            String key = text(By.id("two-factor-key")).replace(" ", "");
            typeInto(By.id("twoFactorOn:code"), Totp.code(key, Totp.step(Instant.now())));
            guardAjax(() -> driver.findElement(By.id("twoFactorOn:confirm")).click());
            assertThat(text(By.id("two-factor-status"))).startsWith("Uključena");

            // Then, in the same session, their pages open again
            open("/organizer/sessions.xhtml");
            assertThat(driver.getCurrentUrl()).contains("/organizer/sessions.xhtml");
            assertThat(present(By.id("two-factor-required"))).isFalse();
        } finally {
            setup("do=twoFactorRequired&value=false");
        }
    }
}
