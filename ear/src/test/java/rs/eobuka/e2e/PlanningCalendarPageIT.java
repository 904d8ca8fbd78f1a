package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * organizer/calendar.xhtml: a trainer's session and period away are on the planning calendar by
 * week and by month, and the free-slot search finds the hours around the session. In Serbian
 * Cyrillic, with a fresh organizer.
 */
class PlanningCalendarPageIT extends OrganizerBrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void shouldShowTrainersSessionAndAbsenceAndFindFreeSlotAroundIt() throws Exception {
        // Given a trainer who teaches a session on a Tuesday from 10 to 14 and is away on the Thursday
        BookingSetup setup = new BookingSetup(base);
        String name = "Календарка " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate tuesday = LocalDate.now(ZoneId.of("Europe/Belgrade")).plusDays(50).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        long trainer = setup.trainer(name, "E_SICK_LEAVE");
        setup.absence(trainer, tuesday.plusDays(2).atTime(8, 0), tuesday.plusDays(2).atTime(18, 0), "Lekar");
        setup.session(trainer, tuesday.atTime(10, 0));

        // When an organizer opens the planning calendar on that week
        loginAs(organizer("Планерка Календара"));
        open("/organizer/calendar.xhtml?lang=sr-Cyrl&date=" + tuesday);
        waiting().until(d -> d.findElement(By.id("calendarForm:schedule")).getText().contains(name));

        // Then the session is there as a session of that trainer, and the day away behind it
        assertThat(text(By.id("calendarForm:schedule"))).contains("Сесија: " + name);
        assertThat(js().executeScript("return Array.from(document.querySelectorAll('#calendarForm\\\\:schedule .fc-bg-event'))"
                + ".map(e => e.textContent).join('|');")).asString().contains("Одсутан: " + name);
        checkAccessibility("organizer/calendar");

        // When they switch to the month
        guardAjax(() -> driver.findElement(By.cssSelector("[id='calendarForm:schedule'] .fc-dayGridMonth-button")).click());

        // Then the session is still shown
        waiting().until(d -> d.findElement(By.id("calendarForm:schedule")).getText().contains(name));

        // When they look for a free hour of that trainer on the Tuesday
        js().executeScript("var w = PF('slotTrainers'); if (w.isLoaded && !w.isLoaded()) { w.renderPanel(); } w.selectValue(arguments[0]);",
                String.valueOf(trainer));
        setDate("calendarForm:slotFrom_input", DAY.format(tuesday));
        setDate("calendarForm:slotTo_input", DAY.format(tuesday));
        typeInto(By.id("calendarForm:slotMinutes"), "60");
        guardAjax(() -> driver.findElement(By.id("calendarForm:findSlots")).click());

        // Then the hour before the session and the afternoon after it are offered, not the session's time
        String slots = text(By.id("calendarForm:slotTable"));
        assertThat(slots).contains(DAY.format(tuesday) + " 09:00").contains(DAY.format(tuesday) + " 14:00")
                .doesNotContain(DAY.format(tuesday) + " 11:00");
        screenshot("free-slots");
    }
}
