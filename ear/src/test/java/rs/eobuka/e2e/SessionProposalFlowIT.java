package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An organizer proposes a session on organizer/propose.xhtml; the proposer may not review it;
 * another organizer approves it from the inbox (tasks/session-review.xhtml); it is then
 * published on organizer/sessions.xhtml. A session returned with a comment is revised by its
 * proposer (tasks/session-revision.xhtml), reviewed again and published as revised
 * (catalogue/session.xhtml). In Serbian Latin, the default language.
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

        // When they propose a session, picking its start in the calendar
        fillProposal(venue, start, 12);
        LocalDateTime picked = pickStartInCalendar("propose:startsAt", start.plusMonths(1).withDayOfMonth(15));
        setDate("propose:endsAt_input", PICKER.format(picked.plusHours(4)));
        setDate("propose:registrationDeadline_input", PICKER.format(picked.minusDays(2)));
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
        guardAjax(() -> chooseValue("sessionsForm:city", "čačak", "71242"));
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

    @Test
    void shouldPublishRevisedValuesAfterReturnForRevision() {
        // Given a session proposed by one organizer, for 12 people in a small hall
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String venue = "Mala sala Čačak " + suffix;
        String revisedVenue = "Velika sala Čačak " + suffix;
        String comment = "Za ovu obuku je sala premala; predložite veću salu za 30 polaznika (" + suffix + ").";
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Belgrade")).plusDays(25).withHour(9).withMinute(0);
        String proposer = organizer("Predrag Predlagač");
        String reviewer = organizer("Radmila Recenzentkinja");
        loginAs(proposer);
        open("/organizer/propose.xhtml?lang=sr-Latn");
        fillProposal(venue, start, 12);
        guardHttp(() -> driver.findElement(By.id("propose:submit")).click());
        assertThat(text(By.id("sessionsForm:mine"))).contains("Čeka pregled");
        logout();

        // When another organizer returns it from the inbox without saying why
        loginAs(reviewer);
        open("/index.xhtml?lang=sr-Latn");
        openTaskFromInbox("session-approval", "Pregled predloženog termina", "session-venue", venue);
        guardHttp(() -> driver.findElement(By.id("review:return")).click());

        // Then the form asks for a comment and the task stays open
        assertThat(text(By.id("review:messages"))).contains("Napišite šta treba izmeniti pre nego što vratite termin.");
        assertThat(present(By.id("review:return"))).isTrue();

        // When they return it with a comment
        typeInto(By.id("review:comment"), comment);
        guardHttp(() -> driver.findElement(By.id("review:return")).click());

        // Then it is returned
        assertThat(text(By.tagName("body"))).contains("Termin je vraćen predlagaču na doradu.");
        logout();

        // and the proposer finds it returned with the comment among their proposals, and a revision task assigned to them
        loginAs(proposer);
        open("/organizer/sessions.xhtml?lang=sr-Latn");
        assertThat(text(By.id("sessionsForm:mine"))).contains("Vraćen na doradu").contains(comment);
        open("/inbox/index.xhtml");
        guardAjax(() -> driver.findElement(By.id("inboxForm:mineOnly")).click());
        List<WebElement> mine = driver.findElements(By.cssSelector("[id='inboxForm:tasks'] tbody tr"));
        assertThat(mine).as("tasks assigned to the proposer").hasSize(1);
        assertThat(mine.get(0).getText()).contains("Dorada vraćenog termina");
        // the process column names the session-approval process and its business key, the session id
        Matcher businessKey = Pattern.compile("Odobravanje termina (\\d+)").matcher(mine.get(0).getText());
        assertThat(businessKey.find()).as("session id in " + mine.get(0).getText()).isTrue();
        long session = Long.parseLong(businessKey.group(1));
        guardHttp(() -> mine.get(0).findElement(By.cssSelector("[id$=':open']")).click());

        // and the revision task shows the reviewer's comment over the plan as proposed
        assertThat(driver.getCurrentUrl()).contains("/tasks/session-revision.xhtml");
        assertThat(text(By.id("review-comment"))).isEqualTo(comment);
        assertThat(driver.findElement(By.id("revision:venue")).getAttribute("value")).isEqualTo(venue);
        assertThat(driver.findElement(By.id("revision:capacity")).getAttribute("value")).isEqualTo("12");
        checkAccessibility("tasks/session-revision");
        screenshot("revision");

        // When the proposer moves it to a bigger hall for 30 people and sends it again
        typeInto(By.id("revision:venue"), revisedVenue);
        typeInto(By.id("revision:capacity"), "30");
        guardHttp(() -> driver.findElement(By.id("revision:resubmit")).click());

        // Then it goes back for review
        assertThat(text(By.tagName("body"))).contains("Izmenjeni termin je ponovo poslat na pregled.");
        logout();

        // When the reviewer approves the revised session
        loginAs(reviewer);
        openTaskFromInbox("session-approval", "Pregled predloženog termina", "session-venue", revisedVenue);
        assertThat(text(By.id("session-capacity"))).isEqualTo("30");
        guardHttp(() -> driver.findElement(By.id("review:approve")).click());
        assertThat(text(By.tagName("body"))).contains("Termin je odobren i objavljen u katalogu.");
        logout();

        // Then the catalogue shows it published with the proposer's revised hall and capacity
        open("/catalogue/session.xhtml?id=" + session + "&lang=sr-Latn");
        assertThat(text(By.id("session-status"))).isEqualTo("Objavljen");
        assertThat(text(By.id("session-venue"))).startsWith(revisedVenue + ",");
        assertThat(text(By.id("session-capacity"))).isEqualTo("30");
        assertThat(text(By.id("session-seats-left"))).isEqualTo("30");
        screenshot("published-revised");
    }

    @Test
    void shouldOfferPickerAndPlaceSearchInPageLanguageAndScript() {
        // Given an organizer of its own on the proposal page, in Serbian Cyrillic
        loginAs(organizer("Ћирило Организатор"));
        open("/organizer/propose.xhtml?lang=sr-Cyrl");

        // When they open the start's calendar
        openCalendar("propose:startsAt");

        // Then it is in Cyrillic and the week starts on Monday
        assertThat(calendarText("propose:startsAt", ".ui-datepicker-month")).matches("[а-шђјљњћџ]+");
        assertThat(calendarText("propose:startsAt", ".ui-datepicker-calendar thead th:first-child")).isEqualTo("По");
        screenshot("picker-sr-Cyrl");
        checkAccessibility("organizer/propose-picker-open");
        closeCalendar();

        // and the place search finds Čačak in Cyrillic from Latin letters typed without marks
        choose("propose:lsguCode", "cac", "Чачак");
        assertThat(chosen("propose:lsguCode")).isEqualTo("71242");
        choose("propose:lsguCode", "Краг", "Крагујевац");
        assertThat(chosen("propose:lsguCode")).isEqualTo("70645");

        // When the page is in English
        switchLanguage("en");
        openCalendar("propose:startsAt");

        // Then so is the calendar, and the week still starts on Monday
        assertThat(calendarText("propose:startsAt", ".ui-datepicker-calendar thead th:first-child")).isEqualTo("Mo");
        closeCalendar();

        // When a place is chosen, a date that is no date typed, and the form sent
        choose("propose:lsguCode", "krag", "Kragujevac");
        setDate("propose:startsAt_input", "32.13.2026 25:00");
        guardAjax(() -> driver.findElement(By.id("propose:submit")).click());

        // Then the form says how to write it, in English, and keeps the rest of what was entered
        // (the picker itself shows no text it cannot read as a date)
        assertThat(text(By.id("propose"))).contains("Type the date and time as 24.11.2026 10:00 or pick them in the calendar.");
        assertThat(chosen("propose:lsguCode")).isEqualTo("70645");
    }

    private void openCalendar(String pickerId) {
        driver.findElement(By.cssSelector("[id='" + pickerId + "'] .ui-datepicker-trigger")).click();
        waiting().until(d -> d.findElement(By.id(pickerId + "_panel")).isDisplayed());
    }

    private String calendarText(String pickerId, String css) {
        return driver.findElement(By.id(pickerId + "_panel")).findElement(By.cssSelector(css)).getText().strip();
    }

    /** Closes an open calendar as a user does, by clicking beside it (below the form, where no calendar opens). */
    private void closeCalendar() {
        driver.findElement(By.cssSelector(".app-footer p")).click();
        waiting().until(d -> d.findElements(By.cssSelector(".ui-datepicker-panel")).stream().noneMatch(e -> e.isDisplayed()));
    }

    /**
     * Picks a day in a date-time picker's calendar: opens it, goes forward month by month to the
     * day's month, clicks the day; returns the date and time the field then holds.
     */
    private LocalDateTime pickStartInCalendar(String pickerId, LocalDateTime day) {
        setDate(pickerId + "_input", "");
        openCalendar(pickerId);
        LocalDateTime today = LocalDateTime.now(ZoneId.of("Europe/Belgrade"));
        int months = (day.getYear() - today.getYear()) * 12 + day.getMonthValue() - today.getMonthValue();
        for (int i = 0; i < months; i++) {
            driver.findElement(By.id(pickerId + "_panel")).findElement(By.cssSelector(".ui-datepicker-next")).click();
        }
        driver.findElement(By.id(pickerId + "_panel")).findElement(By.xpath(
                ".//table[contains(@class,'ui-datepicker-calendar')]//td[not(contains(@class,'ui-datepicker-other-month'))]"
                        + "/*[normalize-space(text())='" + day.getDayOfMonth() + "']")).click();
        closeCalendar();
        String value = driver.findElement(By.id(pickerId + "_input")).getAttribute("value");
        assertThat(value).startsWith(DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day));
        return LocalDateTime.parse(value, PICKER);
    }

    /** Fills the proposal form (a training with its defaults, in Čačak) without sending it. */
    private void fillProposal(String venue, LocalDateTime start, int capacity) {
        guardAjax(() -> new Select(driver.findElement(By.id("propose:trainingId"))).selectByIndex(1));
        choose("propose:lsguCode", "čač", "Čačak");
        assertThat(chosen("propose:lsguCode")).isEqualTo("71242");
        typeInto(By.id("propose:venue"), venue);
        typeInto(By.id("propose:address"), "Župana Stracimira 2");
        typeDate("propose:startsAt_input", start);
        typeDate("propose:endsAt_input", start.plusHours(4));
        typeDate("propose:registrationDeadline_input", start.minusDays(2));
        typeInto(By.id("propose:capacity"), Integer.toString(capacity));
        typeInto(By.id("propose:trainers"), "Đorđe Ćirić");
    }

    private void typeDate(String id, LocalDateTime value) {
        setDate(id, PICKER.format(value));
    }
}
