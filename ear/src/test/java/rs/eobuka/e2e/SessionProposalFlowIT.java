package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An organizer proposes a session on organizer/propose.xhtml; the proposer may not review it;
 * another organizer approves it from the inbox (tasks/session-review.xhtml); it is then
 * published on organizer/sessions.xhtml. In Serbian Latin, the default language.
 */
class SessionProposalFlowIT extends OrganizerBrowserIT {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Test
    void shouldPublishSessionProposedByOneOrganizerAndApprovedByAnother() {
        // Given the demo organizer on the proposal page
        String venue = "Sala Čačak " + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Belgrade")).plusDays(20).withHour(10).withMinute(0);
        login("organizer");
        open("/organizer/propose.xhtml?lang=sr-Latn");
        checkAccessibility("organizer/propose");

        // When they propose a session
        guardAjax(() -> new Select(driver.findElement(By.id("propose:trainingId"))).selectByIndex(1));
        new Select(driver.findElement(By.id("propose:lsguCode"))).selectByValue("71242");
        typeInto(By.id("propose:venue"), venue);
        typeInto(By.id("propose:address"), "Župana Stracimira 2");
        typeDate("propose:startsAt_input", start);
        typeDate("propose:endsAt_input", start.plusHours(4));
        typeDate("propose:registrationDeadline_input", start.minusDays(2));
        typeInto(By.id("propose:capacity"), "12");
        typeInto(By.id("propose:trainers"), "Đorđe Ćirić");
        screenshot("proposal");
        guardHttp(() -> driver.findElement(By.id("propose:submit")).click());

        // Then it waits for review among my proposals
        assertThat(driver.getCurrentUrl()).contains("/organizer/sessions.xhtml");
        assertThat(text(By.tagName("body"))).contains("poslat na pregled");
        assertThat(text(By.id("sessionsForm:mine"))).contains("Čeka pregled");
        checkAccessibility("organizer/sessions");

        // and the proposer cannot review their own proposal
        openTaskFromInbox("session-approval", "Pregled predloženog termina", "session-venue", venue);
        assertThat(text(By.id("own-proposal"))).contains("Vi ste predložili ovaj termin");
        assertThat(present(By.id("review:approve"))).isFalse();
        logout();

        // When another organizer approves it from the inbox
        login("coordinator");
        open("/index.xhtml?lang=sr-Latn");
        openTaskFromInbox("session-approval", "Pregled predloženog termina", "session-venue", venue);
        assertThat(text(By.id("session-city"))).isEqualTo("Čačak");
        checkAccessibility("tasks/session-review");
        screenshot("review");
        guardHttp(() -> driver.findElement(By.id("review:approve")).click());
        assertThat(text(By.tagName("body"))).contains("Termin je odobren i objavljen u katalogu.");
        logout();

        // Then the proposer sees it published
        login("organizer");
        open("/organizer/sessions.xhtml?lang=sr-Latn");
        guardAjax(() -> new Select(driver.findElement(By.id("sessionsForm:status"))).selectByValue("PUBLISHED"));
        guardAjax(() -> new Select(driver.findElement(By.id("sessionsForm:city"))).selectByValue("71242"));
        assertThat(text(By.id("sessionsForm:sessions"))).contains("Čačak").contains("0 / 12");
        assertThat(text(By.id("sessionsForm:mine"))).doesNotContain(venue);
        screenshot("published");
        checkPhoneWidth("/organizer/sessions.xhtml");
    }

    @Test
    void shouldKeepTypedValuesAndExplainRefusalOfAnIncompleteProposal() {
        // Given an organizer on the proposal page
        login("coordinator");
        open("/organizer/propose.xhtml?lang=sr-Latn");

        // When they send it without a training, place or times
        typeInto(By.id("propose:venue"), "Mala sala Šabac");
        guardAjax(() -> driver.findElement(By.id("propose:submit")).click());

        // Then the form says what is missing, in Serbian, and keeps what was typed
        assertThat(text(By.id("propose:messages"))).contains("Izaberite obuku.");
        assertThat(driver.findElement(By.id("propose:venue")).getAttribute("value")).isEqualTo("Mala sala Šabac");
        checkPhoneWidth("/organizer/propose.xhtml");
    }

    private void typeDate(String id, LocalDateTime value) {
        setDate(id, PICKER.format(value));
    }
}
