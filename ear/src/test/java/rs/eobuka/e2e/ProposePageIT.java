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
 * organizer/propose.xhtml with trainers from the booking calendar: a proposal that wants a
 * trainer another session already holds is refused on the form, naming that booking, and
 * nothing typed is lost. In Serbian Latin, the default language.
 */
class ProposePageIT extends OrganizerBrowserIT {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Test
    void shouldRefuseProposalWithBookedTrainerAndKeepWhatWasTyped() throws Exception {
        // Given a trainer who teaches a session from 10 to 14 on a day four weeks ahead
        BookingSetup setup = new BookingSetup(base);
        String name = "Zauzeta Predavačica " + UUID.randomUUID().toString().substring(0, 6);
        long trainerId = setup.trainer(name, "E_PAY");
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Belgrade")).plusDays(28).withHour(10).withMinute(0).withSecond(0).withNano(0);
        setup.session(trainerId, start);

        // When another organizer proposes a session with that trainer at noon the same day
        String venue = "Sala Čačak " + UUID.randomUUID().toString().substring(0, 6);
        loginAs(organizer("Organizatorka Sukoba"));
        open("/organizer/propose.xhtml?lang=sr-Latn");
        guardAjax(() -> new Select(driver.findElement(By.id("propose:trainingId"))).selectByIndex(1));
        guardAjax(() -> choose("propose:lsguCode", "čač", "Čačak"));
        typeInto(By.id("propose:venue"), venue);
        setDate("propose:startsAt_input", PICKER.format(start.plusHours(2)));
        setDate("propose:endsAt_input", PICKER.format(start.plusHours(5)));
        setDate("propose:registrationDeadline_input", PICKER.format(start.minusDays(2)));
        typeInto(By.id("propose:capacity"), "15");
        js().executeScript("var w = PF('proposalTrainers'); if (w.isLoaded && !w.isLoaded()) { w.renderPanel(); } w.selectValue(arguments[0]);",
                String.valueOf(trainerId));
        checkAccessibility("organizer/propose-with-trainers");
        guardAjax(() -> driver.findElement(By.id("propose:submit")).click());

        // Then the form says the trainer is already booked, naming the booking, and keeps the proposal as typed
        assertThat(driver.getCurrentUrl()).contains("/organizer/propose.xhtml");
        assertThat(text(By.id("propose:messages"))).contains(name + " je već zauzet(a)").contains("rezervacija br.");
        assertThat(driver.findElement(By.id("propose:venue")).getAttribute("value")).isEqualTo(venue);
        assertThat(driver.findElement(By.id("propose:capacity")).getAttribute("value")).isEqualTo("15");
        assertThat(driver.findElement(By.id("propose:startsAt_input")).getAttribute("value")).isEqualTo(PICKER.format(start.plusHours(2)));
        assertThat(driver.findElement(By.id("propose:trainerIds")).getText()).contains(name);
        screenshot("conflict");
    }
}
