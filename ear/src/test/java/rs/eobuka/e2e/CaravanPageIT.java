package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import rs.eobuka.it.ApiClient;

/**
 * The Digital Caravan's pages: the public list of stops with their programmes in the three
 * languages, the organizers' planning form with a booking conflict, and the report of the held
 * demo stop.
 */
class CaravanPageIT extends OrganizerBrowserIT {

    @Test
    void shouldListDemoStopsWithProgrammeInEveryLanguage() {
        // Given an anonymous visitor who follows the main menu to the caravan
        open("/index.xhtml?lang=sr-Latn");
        navigate("nav-caravan");

        // Then the upcoming stop in Kragujevac and the held one in Čačak are listed with their programme
        assertThat(text(By.id("caravan-heading"))).isEqualTo("Digitalni karavan");
        String latin = text(By.id("stopsForm"));
        assertThat(latin).contains("Digitalni karavan u Kragujevcu", "Digitalni karavan u Čačku", "Digitalni kutak", "Radionica",
                "Promocija", "Stefan Đorđević", "Održan");
        assertThat(text(By.id("stopsForm:upcoming"))).contains("Kragujevac").doesNotContain("Digitalni karavan u Čačku");
        assertThat(text(By.id("stopsForm:past"))).contains("Digitalni karavan u Čačku");
        checkAccessibility("caravan/index-sr-Latn");

        // When it is read in Cyrillic, then in English
        switchLanguage("sr-Cyrl");
        assertThat(text(By.id("caravan-heading"))).isEqualTo("Дигитални караван");
        assertThat(text(By.id("stopsForm"))).contains("Дигитални кутак", "Радионица", "Крагујевац", "Одржан");
        checkAccessibility("caravan/index-sr-Cyrl");
        switchLanguage("en");
        assertThat(text(By.id("caravan-heading"))).isEqualTo("Digital Caravan");
        assertThat(text(By.id("stopsForm"))).contains("Upcoming stops", "Digital Corner", "Workshop", "Held");
        checkAccessibility("caravan/index-en");
    }

    @Test
    void shouldRefuseOverlappingVenueOnThePlanningFormKeepingWhatWasTyped() {
        // Given an organizer who plans a stop in Čačak with a training in the city hall from 10 to 12
        String day = LocalDate.now().plusDays(ThreadLocalRandom.current().nextInt(400, 40_000))
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        login("organizer");
        open("/organizer/caravan.xhtml");
        checkAccessibility("organizer/caravan");
        plan(day, "Karavan iz pregledača", "10:00", "12:00");
        guardAjax(() -> driver.findElement(By.id("planForm:save")).click());
        assertThat(text(By.id("eventsForm:messages"))).contains("Karavan iz pregledača");

        // When another stop wants the same hall from 11 to 13 that day
        plan(day, "Drugi karavan iz pregledača", "11:00", "13:00");
        guardAjax(() -> driver.findElement(By.id("planForm:save")).click());

        // Then it is refused in Serbian, naming the first stop, and the form keeps what was typed
        assertThat(text(By.id("planForm:messages"))).contains("već zauzet", "Karavan iz pregledača, Čačak");
        assertThat(driver.findElement(By.id("planForm:title")).getAttribute("value")).isEqualTo("Drugi karavan iz pregledača");
        assertThat(driver.findElement(By.id("planForm:part:0:start")).getAttribute("value")).isEqualTo("11:00");
        screenshot("conflict");
    }

    @Test
    void shouldShowReportOfHeldDemoStopInCyrillic() throws Exception {
        // Given the held demo stop in Čačak, the only past one
        String past = new ApiClient(base).get("api/caravan-events?when=past", null, null).body();
        Matcher held = Pattern.compile("\"id\":(\\d+),\"lsguCode\":\"71242\"").matcher(past);
        assertThat(held.find()).as(past).isTrue();

        // When an organizer opens its report, in Cyrillic
        login("organizer");
        open("/organizer/caravan-report.xhtml?event=" + held.group(1) + "&lang=sr-Cyrl");

        // Then the tally's 41 demo taps and the filed report are shown
        assertThat(text(By.id("report-status"))).isEqualTo("Одржан");
        assertThat(text(By.id("report-citizens"))).isEqualTo("41");
        assertThat(driver.findElement(By.id("reportForm:issues")).getAttribute("value")).contains("Slab mobilni signal");
        checkAccessibility("organizer/caravan-report-sr-Cyrl");
    }

    private void plan(String day, String title, String start, String end) {
        guardAjax(() -> driver.findElement(By.id("eventsForm:new")).click());
        guardAjax(() -> choose("planForm:lsguCode", "cac", "Čačak"));
        setDate("planForm:day_input", day);
        typeInto(By.id("planForm:title"), title);
        guardAjax(() -> new Select(driver.findElement(By.id("planForm:part:0:kind"))).selectByValue("TRAINING"));
        typeInto(By.id("planForm:part:0:start"), start);
        typeInto(By.id("planForm:part:0:end"), end);
        new Select(driver.findElement(By.id("planForm:part:0:venue"))).selectByVisibleText("Gradska kuća Čačak, sala Skupštine");
    }
}
