package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.e2e.ParticipantSteps.EINVOICING_EN;
import static rs.eobuka.e2e.ParticipantSteps.PASSWORD;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import rs.eobuka.it.Deployments;

/** registrations/registration.xhtml: the steps a registration passed and the one it waits at, in English; it exists for its owner only. */
class RegistrationPageIT extends BrowserIT {

    @Test
    void shouldShowPassedStepsAndCurrentStep() throws Exception {
        // Given a fresh participant registered for the Novi Sad eInvoicing session, in English
        String username = ParticipantSteps.createParticipant(base, "Petra Participant");
        login(username, PASSWORD);
        assertThat(ParticipantSteps.registerForEinvoicing(this, "en", EINVOICING_EN)).isEqualTo("Awaiting approval");

        // When they open the registration from the session page
        guardHttp(() -> driver.findElement(By.id("registerForm:my-registration-link")).click());

        // Then its details and its process so far are shown
        assertThat(text(By.id("registration-heading"))).isEqualTo("Registration: " + EINVOICING_EN);
        assertThat(text(By.id("registration-person"))).isEqualTo("Petra Participant " + username);
        assertThat(text(By.id("registration-status"))).isEqualTo("Awaiting approval");
        assertThat(text(By.id("registration-city"))).isEqualTo("Novi Sad");
        List<String> done = driver.findElements(By.cssSelector("#steps li.step-done .step-name")).stream().map(WebElement::getText).toList();
        assertThat(done).containsSubsequence("Registration received", "Eligibility checked", "Receipt confirmed");
        assertThat(driver.findElements(By.cssSelector("#steps li.step-current .step-name")).stream().map(WebElement::getText))
                .containsExactly("Approval by an organizer");
        assertThat(text(By.id("current-step"))).isEqualTo("Current step: Approval by an organizer");
        screenshot("progress");
        checkAccessibility("registrations/registration");
        String page = driver.getCurrentUrl();

        // When another participant opens the same address
        logout();
        String other = ParticipantSteps.createParticipant(base, "Olga Other");
        login(other, PASSWORD);
        driver.get(page);
        waitForPageLoad();

        // Then, to them, it does not exist, as an unknown registration does not (the other person reads in the default language)
        String body = driver.findElement(By.tagName("body")).getText();
        assertThat(body).contains("Stranica ne postoji").doesNotContain("Petra Participant");
    }
}
