package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * inbox/index.xhtml: each row says what the task is about (for a registration's approval the
 * participant, their municipality, the training, its city and date) in the reader's language
 * and script; the search finds it by the participant's name typed in either script; approvals
 * are given in bulk after a confirmation; and the rows read on a phone.
 */
class InboxPageIT extends OrganizerBrowserIT {

    private static final By SEARCH = By.id("inboxForm:text");
    private static final By ROWS = By.cssSelector("[id='inboxForm:tasks'] tbody tr:not(.ui-datatable-empty-message)");

    @Test
    void shouldShowWhatAnApprovalIsAboutInLatinCyrillicAndEnglish() {
        // Given a registration waiting for approval, of a participant from Kragujevac
        long session = publishedSession(60 * 24 * 5, 5);
        String name = "Milica Jovanović " + System.nanoTime() % 1000000;
        register(session, participant(name));
        loginAs(organizer("Olivera Organizatorka"));

        // When an organizer finds it in the inbox in Serbian Latin
        open("/inbox/index.xhtml?lang=sr-Latn");
        WebElement row = onlyRowAfterSearch(name);

        // Then the row's link says who and what, and the kind of task is under it
        assertThat(subject(row)).startsWith(name + " (Kragujevac) — ").contains(", Kragujevac, ");
        assertThat(row.findElement(By.cssSelector("[id$=':taskName']")).getText()).isEqualTo("Odobravanje prijave");
        screenshot("latin");
        checkAccessibility("inbox/index-sr-Latn");

        // and in Cyrillic the places are in Cyrillic (the name stays as the participant wrote it)
        open("/inbox/index.xhtml?lang=sr-Cyrl");
        row = onlyRowAfterSearch(name);
        assertThat(subject(row)).startsWith(name + " (Крагујевац) — ").contains(", Крагујевац, ");
        assertThat(row.findElement(By.cssSelector("[id$=':taskName']")).getText()).isEqualTo("Одобравање пријаве");
        screenshot("cyrillic");
        checkAccessibility("inbox/index-sr-Cyrl");

        // and in English
        open("/inbox/index.xhtml?lang=en");
        row = onlyRowAfterSearch(name);
        assertThat(subject(row)).startsWith(name + " (Kragujevac) — ").contains(", Kragujevac, ");
        assertThat(row.findElement(By.cssSelector("[id$=':taskName']")).getText()).isEqualTo("Approve registration");
        screenshot("english");
        checkAccessibility("inbox/index-en");
    }

    @Test
    void shouldFindAnApprovalByTheParticipantsNameTypedInTheOtherScript() {
        // Given a participant who wrote their name in Cyrillic
        long session = publishedSession(60 * 24 * 5, 5);
        String number = Long.toString(System.nanoTime() % 1000000);
        register(session, participant("Ђорђе Шљивић " + number));
        loginAs(organizer("Olivera Organizatorka"));

        // When an organizer types it in Latin letters without diacritics
        open("/inbox/index.xhtml?lang=sr-Latn");
        WebElement row = onlyRowAfterSearch("djordje sljivic " + number, number);

        // Then the inbox finds that one approval
        assertThat(subject(row)).startsWith("Ђорђе Шљивић " + number + " (Kragujevac)");
        screenshot("found");
    }

    @Test
    void shouldApproveTwoRegistrationsAtOnceAfterConfirming() {
        // Given two registrations waiting for approval, of two participants sharing a family name
        long session = publishedSession(60 * 24 * 5, 5);
        String family = "Grupić" + System.nanoTime() % 1000000;
        register(session, participant("Ana " + family));
        register(session, participant("Boris " + family));
        loginAs(organizer("Olivera Organizatorka"));
        open("/inbox/index.xhtml?lang=sr-Latn");
        assertThat(rowsAfterSearch(family, 2)).hasSize(2);
        assertThat(present(By.id("inboxForm:approveSelected"))).as("no approve button before a selection").isFalse();

        // When the organizer selects both, approves the selection and confirms
        for (int i = 0; i < 2; i++) {
            int index = i;
            guardAjax(() -> driver.findElements(ROWS).get(index).findElement(By.cssSelector(".ui-chkbox-box")).click());
        }
        driver.findElement(By.id("inboxForm:approveSelected")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("inboxForm:confirmYes")));
        assertThat(text(By.id("inboxForm:confirmBulk"))).contains("(ukupno 2)");
        screenshot("confirm");
        guardAjax(() -> driver.findElement(By.id("inboxForm:confirmYes")).click());

        // Then both are approved, and their tasks leave the inbox
        assertThat(text(By.id("inboxForm:messages"))).contains("Odobreno: 2.");
        assertThat(rowsAfterSearch(family, 0)).isEmpty();
        screenshot("approved");
        checkAccessibility("inbox/index-bulk");
        open("/organizer/roster.xhtml?session=" + session);
        assertThat(text(By.id("roster:entries"))).contains("Ana " + family).contains("Boris " + family).contains("Potvrđena");
    }

    @Test
    void shouldReadOnAPhone() {
        // Given a registration waiting for approval
        long session = publishedSession(60 * 24 * 5, 5);
        String name = "Jelena Telefonović " + System.nanoTime() % 1000000;
        register(session, participant(name));
        loginAs(organizer("Olivera Organizatorka"));
        Dimension desktop = driver.manage().window().getSize();
        try {
            // When the organizer opens the inbox on a phone-size screen and searches
            driver.manage().window().setSize(new Dimension(390, 844));
            open("/inbox/index.xhtml?lang=sr-Latn");
            WebElement row = onlyRowAfterSearch(name);

            // Then the row shows what the task is about, and nothing scrolls sideways
            assertThat(row.findElement(By.cssSelector("[id$=':open']")).isDisplayed()).isTrue();
            assertThat(subject(row)).startsWith(name);
            Object overflow = js().executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            js().executeScript("arguments[0].scrollIntoView()", row);
            screenshot("phone");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow of the inbox").isLessThanOrEqualTo(0);
            checkAccessibility("inbox/index-phone");
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    private WebElement onlyRowAfterSearch(String text) {
        return onlyRowAfterSearch(text, text);
    }

    private WebElement onlyRowAfterSearch(String text, String shown) {
        List<WebElement> rows = rowsAfterSearch(text, shown, 1);
        assertThat(rows).as("inbox rows found by " + text).hasSize(1);
        return rows.get(0);
    }

    private List<WebElement> rowsAfterSearch(String text, int expected) {
        return rowsAfterSearch(text, text, expected);
    }

    /** Types the search and waits until the table shows that many rows, each showing {@code shown}. */
    private List<WebElement> rowsAfterSearch(String text, String shown, int expected) {
        typeInto(SEARCH, text);
        return waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(ROWS);
            return rows.size() == expected && rows.stream().allMatch(row -> row.getText().contains(shown)) ? rows : null;
        });
    }

    private static String subject(WebElement row) {
        return row.findElement(By.cssSelector("[id$=':subject']")).getText();
    }
}
