package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An organizer approves a participant's registration from the inbox
 * (tasks/registration-approval.xhtml), and the roster shows it confirmed; a rejection needs a
 * reason. In Serbian Cyrillic.
 */
class RegistrationApprovalFlowIT extends OrganizerBrowserIT {

    @Test
    void shouldConfirmRegistrationApprovedFromInbox() {
        // Given a registration for a published session, waiting for approval
        long session = publishedSession(60 * 24 * 5, 5);
        String name = "Љубица Јовановић " + System.nanoTime() % 100000;
        register(session, participant(name));
        String organizer = organizer("Ђурђа Организаторка");

        // When an organizer opens its approval task from the inbox, in Cyrillic
        loginAs(organizer);
        open("/index.xhtml?lang=sr-Cyrl");
        openTaskFromInbox("training-registration", "Одобравање пријаве", "person-name", name);

        // Then the form shows who registered, how to reach them and how full the session is
        assertThat(text(By.id("person-lsgu"))).isEqualTo("Крагујевац");
        assertThat(text(By.id("person-email"))).endsWith("@example.rs");
        assertThat(text(By.id("approval-seats"))).isEqualTo("1 / 5");
        checkAccessibility("tasks/registration-approval");
        screenshot("approval");

        // When they approve it
        guardHttp(() -> driver.findElement(By.id("approval:approve")).click());

        // Then the inbox confirms it and the roster lists the person as confirmed
        assertThat(text(By.tagName("body"))).contains("Пријава учесника " + name + " је одобрена.");
        open("/organizer/roster.xhtml?session=" + session);
        assertThat(text(By.id("roster:entries"))).contains(name).contains("Потврђена");
        checkAccessibility("organizer/roster");
        screenshot("roster");
    }

    @Test
    void shouldAskForReasonBeforeRejecting() {
        // Given a registration waiting for approval
        long session = publishedSession(60 * 24 * 6, 5);
        String name = "Милош Петровић " + System.nanoTime() % 100000;
        register(session, participant(name));
        loginAs(organizer("Драгана Организаторка"));
        open("/index.xhtml?lang=sr-Cyrl");
        openTaskFromInbox("training-registration", "Одобравање пријаве", "person-name", name);

        // When the organizer rejects it without a reason
        guardHttp(() -> driver.findElement(By.id("approval:reject")).click());

        // Then the form asks for one and the task stays open
        assertThat(text(By.id("approval:messages"))).contains("Наведите разлог одбијања");
        assertThat(present(By.id("approval:approve"))).isTrue();
    }
}
