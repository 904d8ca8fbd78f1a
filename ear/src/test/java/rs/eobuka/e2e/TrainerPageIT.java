package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * organizer/trainers.xhtml and organizer/venues.xhtml: an organizer adds a trainer who teaches
 * URNTR, enters a period away, and finds the trainer in the list; a refused dialog keeps what
 * was typed; a venue is added with its equipment. In English, with a fresh organizer (a language
 * switch is remembered on the account).
 */
class TrainerPageIT extends OrganizerBrowserIT {

    /** A day at 8 o'clock as the date pickers write it. */
    private static final DateTimeFormatter AT_EIGHT = DateTimeFormatter.ofPattern("dd.MM.yyyy '08:00'");

    @Test
    void shouldCreateTrainerWithPeriodAwayAndListIt() {
        // Given an organizer on the trainers page
        String name = "Tamara Trainer " + UUID.randomUUID().toString().substring(0, 6);
        String email = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@example.rs";
        LocalDate away = LocalDate.now(ZoneId.of("Europe/Belgrade")).plusDays(30);
        loginAs(organizer("Trainer Keeper"));
        open("/organizer/trainers.xhtml?lang=en");
        checkAccessibility("organizer/trainers");

        // When they add a trainer who teaches URNTR and ePay
        openDialog("trainersForm:newTrainer");
        typeInto(By.id("trainerForm:fullName"), name);
        typeInto(By.id("trainerForm:email"), email);
        typeInto(By.id("trainerForm:phone"), "+381 64 123 4567");
        tick("trainerForm:topics", "URNTR");
        tick("trainerForm:topics", "E_PAY");
        guardAjax(() -> driver.findElement(By.id("trainerForm:save")).click());

        // Then the trainer is added and the dialog offers their periods away
        assertThat(text(By.id("trainerForm:messages"))).contains("Trainer " + name + " was added");
        assertThat(text(By.id("trainerForm:absences"))).contains("No periods away entered.");
        checkAccessibility("organizer/trainers-dialog");

        // When they enter a week away
        setDate("trainerForm:awayFrom_input", AT_EIGHT.format(away));
        setDate("trainerForm:awayTo_input", AT_EIGHT.format(away.plusDays(5)));
        typeInto(By.id("trainerForm:awayReason"), "Annual leave");
        guardAjax(() -> driver.findElement(By.id("trainerForm:addAbsence")).click());

        // Then the period is listed with its reason
        assertThat(text(By.id("trainerForm:messages"))).contains("The period away was added.");
        assertThat(text(By.id("trainerForm:absences"))).contains("Annual leave").contains(AT_EIGHT.format(away));

        // and, the dialog closed, the list finds the trainer by e-mail and topic
        driver.findElement(By.id("trainerForm:close")).click();
        waiting().until(d -> !d.findElement(By.id("trainerDialog")).isDisplayed());
        guardAjax(() -> new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("trainersForm:topic"))).selectByValue("URNTR"));
        typeInto(By.id("trainersForm:text"), email);
        waiting().until(d -> d.findElement(By.id("trainersForm:trainers")).getText().contains(name));
        assertThat(text(By.id("trainersForm:trainers"))).contains(email).contains("Unified Register of Non-Tax Revenues (URNTR)");
        screenshot("listed");
    }

    @Test
    void shouldRefuseTrainerWithoutValidEmailAndKeepWhatWasTyped() {
        loginAs(organizer("Careful Trainer Keeper"));
        open("/organizer/trainers.xhtml?lang=en");
        openDialog("trainersForm:newTrainer");
        typeInto(By.id("trainerForm:fullName"), "Petar Bez Adrese");
        typeInto(By.id("trainerForm:email"), "not-an-address");
        guardAjax(() -> driver.findElement(By.id("trainerForm:save")).click());

        assertThat(text(By.id("trainerForm:messages"))).contains("Enter a valid e-mail address for the trainer.");
        assertThat(driver.findElement(By.id("trainerForm:fullName")).getAttribute("value")).isEqualTo("Petar Bez Adrese");
        assertThat(driver.findElement(By.id("trainerDialog")).isDisplayed()).isTrue();
    }

    @Test
    void shouldAddVenueWithItsEquipment() {
        // Given an organizer on the venues page
        String name = "Computer room " + UUID.randomUUID().toString().substring(0, 6);
        loginAs(organizer("Venue Keeper"));
        open("/organizer/venues.xhtml?lang=en");
        checkAccessibility("organizer/venues");

        // When they add a computer room in Kragujevac
        openDialog("venuesForm:newVenue");
        chooseValue("venueForm:lsguCode", "Kragu", "70645");
        typeInto(By.id("venueForm:name"), name);
        typeInto(By.id("venueForm:address"), "Kneza Mihaila 1");
        typeInto(By.id("venueForm:seats"), "24");
        typeInto(By.id("venueForm:computers"), "20");
        guardAjax(() -> driver.findElement(By.id("venueForm:save")).click());

        // Then it is listed among the rooms with at least twenty computers
        assertThat(text(By.id("venueForm:messages"))).contains("Venue " + name + " was added.");
        driver.findElement(By.id("venueForm:close")).click();
        waiting().until(d -> !d.findElement(By.id("venueDialog")).isDisplayed());
        typeInto(By.id("venuesForm:minComputers"), "20");
        typeInto(By.id("venuesForm:text"), name);
        waiting().until(d -> d.findElement(By.id("venuesForm:venues")).getText().contains(name));
        assertThat(text(By.id("venuesForm:venues"))).contains("Kragujevac").contains("24");
    }

    @Test
    void shouldKeepParticipantOutOfTrainersVenuesAndCalendar() {
        login("official");
        for (String page : java.util.List.of("/organizer/trainers.xhtml", "/organizer/venues.xhtml", "/organizer/calendar.xhtml")) {
            open(page);
            assertThat(present(By.id("error-heading"))).as("forbidden page for " + page).isTrue();
            assertThat(present(By.id("trainersForm:trainers")) || present(By.id("venuesForm:venues"))
                    || present(By.id("calendarForm:schedule"))).isFalse();
        }
    }

    private void openDialog(String buttonId) {
        guardAjax(() -> driver.findElement(By.id(buttonId)).click());
        waiting().until(d -> d.findElements(By.cssSelector(".ui-dialog")).stream().anyMatch(e -> e.isDisplayed()));
    }

    /** Ticks the box of this value in a p:selectManyCheckbox, as a click on its drawn box. */
    private void tick(String groupId, String value) {
        js().executeScript("document.querySelector(\"[id='\" + arguments[0] + \"'] input[value='\" + arguments[1] + \"']\")"
                + ".closest('.ui-chkbox').querySelector('.ui-chkbox-box').click();", groupId, value);
        waiting().until(d -> (Boolean) js().executeScript("return document.querySelector(\"[id='\" + arguments[0] + \"'] input[value='\""
                + " + arguments[1] + \"']\").checked;", groupId, value));
    }
}
