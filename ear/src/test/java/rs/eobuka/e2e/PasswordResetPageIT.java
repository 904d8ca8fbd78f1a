package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * forgot-password.xhtml and reset-password.xhtml: a person who forgot their password gets a link
 * by e-mail, the page says the same for any address, and the link sets a new password once.
 */
class PasswordResetPageIT extends BrowserIT {

    private static final Pattern LINK = Pattern.compile("/reset-password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "zaboravljena-pa-nova-7";

    @Test
    void shouldSetANewPasswordFromTheEmailedLinkOnce() throws Exception {
        // Given a participant who forgot their password
        String username = ParticipantSteps.createParticipant(base, "Vesna Zaboravna");
        String email = username + "@example.rs";
        String token;
        try (SmtpInbox smtp = new SmtpInbox()) {
            // When someone asks, from the sign-in page in English, for a link to an address no account has
            open("/login.xhtml?lang=en");
            guardHttp(() -> driver.findElement(By.id("forgotPassword")).click());
            checkAccessibility("forgot-password");
            typeInto(By.id("forgot:email"), "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.rs");
            guardHttp(() -> driver.findElement(By.id("forgot:send")).click());
            String unknownAnswer = text(By.id("reset-sent"));

            // And the participant asks for theirs
            open("/forgot-password.xhtml");
            typeInto(By.id("forgot:email"), email);
            guardHttp(() -> driver.findElement(By.id("forgot:send")).click());

            // Then both are told the same, and the link reaches the participant only
            assertThat(text(By.id("reset-sent"))).isEqualTo(unknownAnswer).contains("If an account with this address exists");
            token = smtp.awaitLink(email, "eObuka: postavite novu lozinku", LINK);
        }

        // When they open the link and type two different passwords
        open("/reset-password.xhtml?token=" + token + "&lang=en");
        checkAccessibility("reset-password");
        typeInto(By.id("reset:newPassword"), NEW_PASSWORD);
        typeInto(By.id("reset:newPasswordAgain"), NEW_PASSWORD + "x");
        guardHttp(() -> driver.findElement(By.id("reset:set")).click());

        // Then it is refused in English, nothing typed stays in the password fields, and the link still works
        assertThat(text(By.id("reset"))).contains("The two new passwords differ.");
        assertThat(driver.findElement(By.id("reset:newPassword")).getAttribute("value")).isEmpty();

        // When they type the new password twice
        typeInto(By.id("reset:newPassword"), NEW_PASSWORD);
        typeInto(By.id("reset:newPasswordAgain"), NEW_PASSWORD);
        guardHttp(() -> driver.findElement(By.id("reset:set")).click());

        // Then it is set, and they sign in with it
        assertThat(text(By.id("reset-done"))).contains("You can sign in now.");
        screenshot("done");
        login(username, NEW_PASSWORD);
        assertThat(present(By.id("logoutForm:logout"))).as("signed in with the new password").isTrue();
        logout();

        // When the link is opened again
        open("/reset-password.xhtml?token=" + token + "&lang=en");

        // Then it no longer works, and offers a new one
        assertThat(text(By.id("reset-invalid"))).contains("used already or has expired");
        assertThat(present(By.id("reset"))).isFalse();
        assertThat(present(By.id("askAgain"))).isTrue();
    }
}
