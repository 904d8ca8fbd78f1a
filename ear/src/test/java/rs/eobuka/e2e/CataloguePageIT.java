package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import rs.eobuka.it.Deployments;

/** The public catalogue/index.xhtml: demo sessions as a list (filtered, in the database) and as a calendar. */
class CataloguePageIT extends BrowserIT {

    private static final By TABLE = By.id("catalogueForm:sessions");
    private static final By CALENDAR_TITLE = By.cssSelector("[id='catalogueForm:calendar'] .fc-toolbar-title");
    private static final By CALENDAR_DAYS = By.cssSelector("[id='catalogueForm:calendar'] .fc-col-header");
    private static final By FIRST_DAY = By.cssSelector("[id='catalogueForm:calendar'] .fc-col-header-cell:first-child");
    private static final By EVENTS = By.cssSelector("[id='catalogueForm:calendar'] a.fc-event");

    @Test
    void shouldListDemoSessionsAndFilterByCity() {
        // Given an anonymous visitor who follows the header's link
        open("/index.xhtml?lang=sr-Latn");
        navigate("nav-catalogue");

        // Then the catalogue lists published sessions (other tests add their own, so the page
        // shows the first of many)
        assertThat(text(By.id("catalogue-heading"))).isEqualTo("Katalog obuka");
        assertThat(text(TABLE)).contains("Objavljen");
        screenshot("list");
        checkAccessibility("catalogue/index");

        // When only Čačak is chosen
        guardAjax(() -> choose("catalogueForm:city", "cac", "Čačak"));

        // Then every row is in Čačak, and the demo session of the national CERT is among them
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='catalogueForm:sessions'] tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains("Čačak"));
        assertThat(rows).anySatisfy(row -> assertThat(row.getText()).contains(
                "Informaciona bezbednost za zaposlene u javnoj upravi", "Gradska kuća Čačak, sala Skupštine", "25"));
        assertThat(text(TABLE)).doesNotContain("Kragujevac", "Novi Sad");

        // When Niš is chosen instead
        guardAjax(() -> choose("catalogueForm:city", "nis", "Niš"));

        // Then Niš's demo sessions are listed and Čačak's are gone
        assertThat(text(TABLE)).contains("Niš", "Gradska uprava Niš").doesNotContain("Čačak");
        screenshot("filtered-cacak");
    }

    @Test
    void shouldShowSessionsInCalendarInEnglishAndOpenOne() {
        // Given the catalogue in English
        open("/catalogue/index.xhtml?lang=en");
        assertThat(text(By.id("catalogue-heading"))).isEqualTo("Training catalogue");

        // When the calendar view is chosen
        showCalendar();
        waitForPageLoad();
        if (driver.findElements(EVENTS).isEmpty()) {
            // the first sessions may fall in next month
            guardAjax(() -> driver.findElement(By.cssSelector("[id='catalogueForm:calendar'] .fc-next-button")).click());
        }

        // Then the sessions are events with English titles, each linking to its page
        waiting().until(d -> !d.findElements(EVENTS).isEmpty());
        List<WebElement> events = driver.findElements(EVENTS);
        assertThat(events).allSatisfy(e -> assertThat(e.getAttribute("href")).contains("/catalogue/session.xhtml?id="));
        String titles = String.join("\n", events.stream().map(WebElement::getText).toList());
        assertThat(titles).containsAnyOf("Electronic office work", "Information security", "Electronic invoicing",
                "eSick Leave", "ePay", "Electronic services for civil-society");
        screenshot("calendar");
        checkAccessibility("catalogue/index-calendar");

        // When an event is followed
        WebElement first = events.get(0);
        String title = first.getText();
        guardHttp(first::click);

        // Then its session page opens
        assertThat(driver.getCurrentUrl()).contains("/catalogue/session.xhtml?id=");
        assertThat(title).contains(text(By.id("session-title")));
    }

    @Test
    void shouldNameMonthsAndDaysInTheLanguageOfThePage() {
        // Given the catalogue's calendar in Serbian Cyrillic
        open("/catalogue/index.xhtml?lang=sr-Cyrl");
        showCalendar();

        // Then its title (month and year) and the day names are in Cyrillic, the week starting on Monday
        assertThat(text(CALENDAR_TITLE)).matches("\\p{IsCyrillic}+ \\d{4}\\.?");
        assertThat(text(CALENDAR_DAYS)).doesNotContainPattern("[A-Za-z]");
        assertThat(text(FIRST_DAY)).isEqualToIgnoringCase("пон");

        // When the page switches to Serbian Latin, the same calendar is in Latin script
        open("/catalogue/index.xhtml?lang=sr-Latn");
        showCalendar();
        assertThat(text(CALENDAR_TITLE)).matches("[A-Za-z]+ \\d{4}\\.?");
        assertThat(text(CALENDAR_DAYS)).doesNotContainPattern("\\p{IsCyrillic}");
        assertThat(text(FIRST_DAY)).isEqualToIgnoringCase("pon");
    }

    @Test
    void shouldFitAPhonesWidth() {
        Dimension desktop = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(375, 800));
            open("/catalogue/index.xhtml?lang=sr-Latn");
            assertNoSideScrolling("list");
            showCalendar();
            assertNoSideScrolling("calendar");
            open("/catalogue/session.xhtml?id=" + firstSessionId());
            assertNoSideScrolling("session");
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    /** Switches the catalogue on the screen to its calendar view and waits for the calendar. */
    private void showCalendar() {
        guardAjax(() -> driver.findElement(By.cssSelector("input[id='catalogueForm:mode:1']")).click());
        waiting().until(d -> !d.findElements(By.cssSelector("[id='catalogueForm:calendar'] .fc-view")).isEmpty());
    }

    private long firstSessionId() {
        open("/catalogue/index.xhtml");
        String href = driver.findElement(By.cssSelector("[id='catalogueForm:sessions'] tbody a")).getAttribute("href");
        return Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private void assertNoSideScrolling(String what) {
        Object overflow = js().executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        screenshot("phone-" + what);
        assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + what).isLessThanOrEqualTo(0);
    }
}
