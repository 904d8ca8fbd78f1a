package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import rs.eobuka.it.WorkshopSetupServlet;

/**
 * Workshop requests in the browser, in English: a participant asks for a workshop and answers
 * the proposed slot from their home page; an organizer triages a request and proposes a slot
 * from the inbox, meets a booking conflict shown on the form with nothing lost, and proposes a
 * free slot suggested one click away.
 */
class WorkshopRequestPageIT extends OrganizerBrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void shouldLetParticipantRequestWorkshopAndAcceptTheProposedSlot() {
        // Given a participant signed in, in English
        String participant = participant("Jelena Radionica " + System.nanoTime() % 100000);
        LocalDate day = workingDay();
        loginAs(participant);
        open("/workshops/request.xhtml?lang=en");
        checkAccessibility("workshops/request");

        // When they ask for an ePay workshop with one preferred window
        new Select(driver.findElement(By.id("request:topic"))).selectByValue("E_PAY");
        typeInto(By.id("request:organisationName"), "Gradska uprava Kragujevac");
        typeInto(By.id("request:expectedParticipants"), "18");
        setDate("request:window1_input", DAY.format(day.minusDays(2)) + " - " + DAY.format(day.plusDays(2)));
        guardHttp(() -> driver.findElement(By.id("request:submit")).click());

        // Then their list shows it submitted
        String sent = text(By.id("mine:messages"));
        Matcher number = Pattern.compile("request no\\. (\\d+) has been sent").matcher(sent);
        assertThat(number.find()).as(sent).isTrue();
        String id = number.group(1);
        assertThat(text(By.id("mine:requests"))).contains("Submitted", "Gradska uprava Kragujevac");
        checkAccessibility("workshops/mine");

        // When organizers accept it and propose a slot
        String trainer = setup(WorkshopSetupServlet.PATH, "do=trainer&name=Ana%20Radionica").split("\n")[0];
        String venue = setup(WorkshopSetupServlet.PATH, "do=venue&lsgu=70645&name=Sala%20" + System.nanoTime());
        setup(WorkshopSetupServlet.PATH, "do=accept&request=" + id);
        setup(WorkshopSetupServlet.PATH, "do=propose&request=" + id + "&trainer=" + trainer + "&venue=" + venue + "&start=" + day + "T10:00");

        // Then the participant's home page asks for their answer, and the form shows the slot
        open("/index.xhtml");
        assertThat(text(By.id("workshop-answers"))).contains("ePay");
        guardHttp(() -> driver.findElement(By.cssSelector("[id='workshop-answers-items'] a")).click());
        assertThat(text(By.id("request-id"))).isEqualTo(id);
        assertThat(text(By.id("proposed-start"))).contains(DAY.format(day)).contains("10:00");
        assertThat(text(By.id("proposed-trainers"))).isEqualTo("Ana Radionica");
        checkAccessibility("tasks/workshop-answer");

        // When they accept it
        guardHttp(() -> driver.findElement(By.id("answer:accept")).click());

        // Then the workshop is confirmed and published in the catalogue
        assertThat(text(By.tagName("body"))).contains("You accepted the workshop slot (request no. " + id + ")");
        open("/workshops/mine.xhtml");
        assertThat(text(By.id("mine:requests"))).contains("Confirmed", "in the catalogue");
    }

    @Test
    void shouldShowBookingConflictOnProposalFormAndProposeASuggestedSlot() {
        // Given a submitted request, and a trainer already booked for another request at 10:00–13:00 on the day
        LocalDate day = workingDay();
        String requester = participant("Marko Zahtev " + System.nanoTime() % 100000);
        String id = setup(WorkshopSetupServlet.PATH, "do=request&username=" + requester + "&day=" + day);
        String trainer = setup(WorkshopSetupServlet.PATH, "do=trainer&name=Petar%20Zauzeti").split("\n")[0];
        String venue = setup(WorkshopSetupServlet.PATH, "do=venue&lsgu=70645&name=Sala%20" + System.nanoTime());
        String other = setup(WorkshopSetupServlet.PATH, "do=request&username=" + requester + "&day=" + day);
        setup(WorkshopSetupServlet.PATH, "do=accept&request=" + other);
        setup(WorkshopSetupServlet.PATH, "do=propose&request=" + other + "&trainer=" + trainer + "&venue=" + venue + "&start=" + day + "T10:00");
        String organizer = organizer("Olga Organizatorka");
        loginAs(organizer);
        open("/index.xhtml?lang=en");

        // When the organizer opens its triage from the inbox and accepts it
        openTaskFromInbox("workshop-scheduling", "Triage workshop request", "request-id", id);
        checkAccessibility("tasks/workshop-triage");
        guardHttp(() -> driver.findElement(By.id("triage:accept")).click());
        assertThat(text(By.tagName("body"))).contains("Request no. " + id + " accepted.");

        // and proposes the busy trainer at an overlapping time
        openTaskFromInbox("workshop-scheduling", "Propose workshop slot", "request-id", id);
        new Select(driver.findElement(By.id("proposal:trainerIds"))).selectByValue(trainer);
        new Select(driver.findElement(By.id("proposal:venueId"))).selectByValue(venue);
        setDate("proposal:start_input", DAY.format(day) + " 11:00");
        setDate("proposal:end_input", DAY.format(day) + " 14:00");
        guardAjax(() -> driver.findElement(By.id("proposal:propose")).click());

        // Then the conflict is shown in English and everything chosen stays
        assertThat(text(By.id("proposal:messages"))).contains("Petar Zauzeti");
        assertThat(driver.findElement(By.id("proposal:start_input")).getAttribute("value")).isEqualTo(DAY.format(day) + " 11:00");
        assertThat(new Select(driver.findElement(By.id("proposal:trainerIds"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(trainer);
        checkAccessibility("tasks/workshop-proposal");

        // When they ask for free slots and propose the first one suggested
        guardAjax(() -> driver.findElement(By.id("proposal:suggest")).click());
        guardAjax(() -> driver.findElement(By.cssSelector("[id='proposal:suggestions'] button")).click());
        // (the earliest free start in the windows: never inside the busy 10:00–13:00)
        String suggested = driver.findElement(By.id("proposal:start_input")).getAttribute("value");
        assertThat(suggested).isNotEqualTo(DAY.format(day) + " 11:00").doesNotMatch(DAY.format(day) + " 1[0-2]:.*");
        guardHttp(() -> driver.findElement(By.id("proposal:propose")).click());

        // Then the proposal is sent
        assertThat(text(By.tagName("body"))).contains("The proposed slot for request no. " + id + " has been sent to the requester.");
    }

    /** A working day well ahead, different for each test. */
    private static LocalDate workingDay() {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Belgrade")).plusDays(30 + ThreadLocalRandom.current().nextInt(2000));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
