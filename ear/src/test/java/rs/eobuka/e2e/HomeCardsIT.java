package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * index.xhtml for signed-in users: each role's cards, contributed by the features (next
 * sessions and certificates, approvals waiting and overdue, sessions this week with fill
 * rates, role requests to review), in the three languages; "nothing waiting" rather than zeros.
 */
class HomeCardsIT extends OrganizerBrowserIT {

    @Test
    void shouldShowParticipantTheirNextSessionInEveryLanguage() {
        // Given a participant registered for a session in Kragujevac two hours from now
        long session = publishedSession(120, 10);
        String participant = participant("Petra Polaznica");
        register(session, participant);

        // When they open their home page
        loginAs(participant);
        open("/index.xhtml?lang=sr-Latn");

        // Then their next session is listed with its place and status, in each language
        assertThat(text(By.id("next-sessions-title"))).isEqualTo("Vaši naredni termini");
        assertThat(text(By.id("next-sessions-items"))).contains("Kragujevac").contains("Čeka odobrenje");
        screenshot("participant-sr-Latn");
        checkAccessibility("home-participant");
        switchLanguage("sr-Cyrl");
        assertThat(text(By.id("next-sessions-title"))).isEqualTo("Ваши наредни термини");
        assertThat(text(By.id("next-sessions-items"))).contains("Крагујевац").contains("Чека одобрење");
        switchLanguage("en");
        assertThat(text(By.id("next-sessions-title"))).isEqualTo("Your next sessions");
        assertThat(text(By.id("next-sessions-items"))).contains("Kragujevac").contains("Awaiting approval");
        assertThat(present(By.id("role-requests"))).as("no open role request, no card").isFalse();

        // When they follow the session from the card
        guardHttp(() -> driver.findElement(By.cssSelector("[id='next-sessions-items'] a")).click());

        // Then their registration opens
        assertThat(driver.getCurrentUrl()).contains("/registrations/registration.xhtml?id=");
    }

    @Test
    void shouldShowOrganizerApprovalsWaitingAndOverdueAndSessionsThisWeek() {
        // Given a registration waiting for approval whose approval is overdue
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Belgrade")).plusMinutes(180);
        long session = publishedSession(180, 10);
        long registration = register(session, participant("Olga Odložena"));
        setup("do=overdue&registration=" + registration);

        // When an organizer opens their home page
        loginAs(organizer("Ognjen Organizator"));
        open("/index.xhtml?lang=sr-Latn");

        // Then the approvals card counts the waiting registrations and says how many are overdue
        assertThat(text(By.id("approvals-title"))).isEqualTo("Prijave koje čekaju odobrenje");
        assertThat(Long.parseLong(text(By.id("approvals-count")))).isPositive();
        assertThat(text(By.id("approvals-secondary"))).matches("Sa isteklim rokom: [1-9][0-9.]*");
        assertThat(text(By.id("open-tasks-title"))).isEqualTo("Zadaci koji čekaju na vas");
        // and, when the session falls in this week (not on a Sunday night), the week's sessions with their fill rates
        if (start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == LocalDateTime.now(ZoneId.of("Europe/Belgrade")).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
            assertThat(text(By.id("sessions-this-week-items"))).containsPattern("popunjeno \\d+ od \\d+ mesta \\(\\d+ %\\)");
        }
        screenshot("organizer-sr-Latn");
        checkAccessibility("home-organizer");
        switchLanguage("sr-Cyrl");
        assertThat(text(By.id("approvals-secondary"))).startsWith("Са истеклим роком:");
        switchLanguage("en");
        assertThat(text(By.id("approvals-title"))).isEqualTo("Registrations waiting for approval");
        assertThat(text(By.id("approvals-secondary"))).startsWith("Overdue:");

        // When they follow the card's link, they reach the task list
        guardHttp(() -> driver.findElement(By.id("approvals-link")).click());
        assertThat(driver.getCurrentUrl()).contains("/inbox/index.xhtml");
    }

    @Test
    void shouldShowRoleRequestToItsAuthorAndToAdmin() {
        // Given a participant who asks for the evaluator role
        String participant = participant("Rada Podnositeljka " + UUID.randomUUID().toString().substring(0, 4));
        loginAs(participant);
        open("/account/role-request.xhtml?lang=sr-Latn");
        new Select(driver.findElement(By.id("roleRequest:role"))).selectByValue("EVALUATOR");
        typeInto(By.id("roleRequest:justification"), "Radim analizu rezultata obuka u opštini.");
        guardAjax(() -> driver.findElement(By.id("roleRequest:submit")).click());

        // Then their home page shows the request awaiting a decision
        open("/index.xhtml");
        assertThat(text(By.id("role-requests-title"))).isEqualTo("Vaši zahtevi za ulogu na čekanju");
        assertThat(text(By.id("role-requests-count"))).isEqualTo("1");
        logout();

        // When an admin opens their home page
        driver.manage().deleteAllCookies();
        login("admin");
        open("/index.xhtml?lang=sr-Latn");

        // Then it shows the role requests to review, the active accounts, and never a zero
        assertThat(text(By.id("role-requests-review-title"))).isEqualTo("Zahtevi za ulogu koji čekaju pregled");
        assertThat(Long.parseLong(text(By.id("role-requests-review-count")))).isPositive();
        assertThat(text(By.id("active-accounts-count"))).matches("[1-9][0-9]*");
        assertThat(driver.findElements(By.cssSelector("#home-cards .figure")).stream().map(e -> e.getText().strip()).toList())
                .doesNotContain("0");
        // mail that failed is shown only when there is some, and then as a figure with its advice
        if (present(By.id("failed-mail"))) {
            assertThat(text(By.id("failed-mail-secondary"))).isEqualTo("Pošaljite ih ponovo iz poslate pošte.");
        }
        screenshot("admin-sr-Latn");
        checkAccessibility("home-admin");
        guardHttp(() -> driver.findElement(By.id("role-requests-review-link")).click());
        assertThat(driver.getCurrentUrl()).contains("/inbox/index.xhtml");
    }

    @Test
    void shouldTellStaffWithoutWorkThatNothingIsWaitingInEveryLanguage() throws Exception {
        // Given a new juror, on no competition's jury yet (the demo juror scores the demo competition)
        String juror = new rs.eobuka.it.CompetitionFixtures(new rs.eobuka.it.ApiClient(base)).juror(rs.eobuka.it.ApiFixtures.KRAGUJEVAC);
        try {
            login(rs.eobuka.it.CompetitionFixtures.name(juror), juror.substring(juror.indexOf(':') + 1));

            // Then the home page says so, in each language, instead of showing zeros
            switchLanguage("sr-Cyrl");
            assertThat(text(By.id("nothing-waiting-title"))).isEqualTo("Ништа не чека на вас");
            switchLanguage("en");
            assertThat(text(By.id("nothing-waiting-title"))).isEqualTo("Nothing is waiting for you");
            switchLanguage("sr-Latn");
            assertThat(text(By.id("nothing-waiting-title"))).isEqualTo("Ništa ne čeka na vas");
            assertThat(driver.findElements(By.cssSelector("#home-cards .figure"))).isEmpty();
            screenshot("juror");
        } finally {
            logout();
        }
    }
}
