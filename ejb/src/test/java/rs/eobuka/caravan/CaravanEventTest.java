package rs.eobuka.caravan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.reference.LocalSelfGovernmentUnit;

class CaravanEventTest {

    private final LocalDate day = LocalDate.of(2026, 12, 5);
    private final Instant now = Instant.parse("2026-12-05T16:00:00Z");

    private CaravanEvent event() {
        CaravanEvent event = new CaravanEvent("organizer", now);
        event.describe(new LocalSelfGovernmentUnit() { }, day, " Karavan u Čačku ", " ");
        return event;
    }

    @Test
    void shouldPlanWithTrimmedTitleAndNoBlankDescription() {
        CaravanEvent event = event();

        assertThat(event.getStatus()).isEqualTo(CaravanEventStatus.PLANNED);
        assertThat(event.getTitle()).isEqualTo("Karavan u Čačku");
        assertThat(event.getDescription()).isNull();
    }

    @Test
    void shouldKeepPartsInTheOrderTheyWereAdded() {
        CaravanEvent event = event();

        event.addPart(CaravanPartKind.WORKSHOP, "eBolovanje");
        event.addPart(CaravanPartKind.DIGITAL_CORNER, null);

        assertThat(event.getParts()).extracting(CaravanPart::getPosition).containsExactly(0, 1);
        assertThat(event.getParts()).extracting(CaravanPart::getKind)
                .containsExactly(CaravanPartKind.WORKSHOP, CaravanPartKind.DIGITAL_CORNER);
    }

    @Test
    void shouldMarkHeldWhenReportIsFiledOnTheDay() {
        CaravanEvent event = event();

        event.fileReport(12, 40, "Slab signal", "ePlaćanje", "organizer", day, now);

        assertThat(event.getStatus()).isEqualTo(CaravanEventStatus.HELD);
        assertThat(event.isReportFiled()).isTrue();
        assertThat(event.getReportCitizens()).isEqualTo(40);
    }

    @Test
    void shouldRefuseReportBeforeTheDay() {
        CaravanEvent event = event();

        assertThatThrownBy(() -> event.fileReport(0, 0, null, null, "organizer", day.minusDays(1), now))
                .isInstanceOf(RuleViolationException.class);
        assertThat(event.getStatus()).isEqualTo(CaravanEventStatus.PLANNED);
    }

    @Test
    void shouldRefuseChangesAndReportOnceCancelled() {
        CaravanEvent event = event();

        event.cancel("Kiša");

        assertThat(event.getStatus()).isEqualTo(CaravanEventStatus.CANCELLED);
        assertThatThrownBy(() -> event.describe(new LocalSelfGovernmentUnit() { }, day, "Novi", null))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> event.fileReport(0, 0, null, null, "organizer", day, now)).isInstanceOf(RuleViolationException.class);
    }
}
