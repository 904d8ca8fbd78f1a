package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A registration whose approval is overdue is escalated: the organizer inbox
 * (inbox/index.xhtml) and the task's form (tasks/registration-approval.xhtml) flag it. Instead
 * of two working days, the process's overdue timer is fired through {@link TrainingSetupServlet}.
 * In Serbian Latin.
 */
class RegistrationEscalationFlowIT extends OrganizerBrowserIT {

    private static final String ESCALATED = "(eskalirano)";
    private static final By ESCALATED_IN_ROW = By.cssSelector("[id$=':escalated']");
    private static final By OPEN_IN_ROW = By.cssSelector("[id$=':open']");

    @Test
    void shouldFlagOverdueApprovalInInboxAndOnItsTask() {
        // Given a registration waiting for approval, not yet due, and unflagged
        long session = publishedSession(60 * 24 * 7, 5);
        String name = "Slađana Rašić " + UUID.randomUUID().toString().substring(0, 4);
        long registration = register(session, participant(name));
        loginAs(organizer("Nevena Organizatorka"));
        open("/index.xhtml?lang=sr-Latn");
        assertThat(inboxRowOf(registration).findElements(ESCALATED_IN_ROW)).isEmpty();
        guardHttp(() -> inboxRowOf(registration).findElement(OPEN_IN_ROW).click());
        assertThat(text(By.id("person-name"))).isEqualTo(name);
        assertThat(present(By.id("approval:escalated"))).isFalse();

        // When its approval falls due without a decision
        setup("do=overdue&registration=" + registration);

        // Then the inbox flags it as escalated
        WebElement row = inboxRowOf(registration);
        assertThat(row.findElement(ESCALATED_IN_ROW).getText()).isEqualTo(ESCALATED);
        checkAccessibility("inbox/index");
        screenshot("inbox");

        // and so does its task, which still waits for the organizer's decision
        guardHttp(() -> row.findElement(OPEN_IN_ROW).click());
        assertThat(text(By.id("person-name"))).isEqualTo(name);
        assertThat(text(By.id("approval:escalated"))).isEqualTo(ESCALATED);
        assertThat(present(By.id("approval:approve"))).isTrue();
        checkAccessibility("tasks/registration-approval");
        screenshot("task");
    }

    /**
     * The inbox row of the registration's approval task, found by the business key the process
     * column shows (the registration id).
     */
    private WebElement inboxRowOf(long registration) {
        open("/inbox/index.xhtml");
        guardAjax(() -> new Select(driver.findElement(By.id("inboxForm:process"))).selectByValue("training-registration"));
        Pattern process = Pattern.compile("\\bPrijava na obuku " + registration + "\\b");
        return driver.findElements(By.cssSelector("[id='inboxForm:tasks'] tbody tr")).stream()
                .filter(row -> process.matcher(row.getText()).find())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no inbox row for registration " + registration));
    }
}
