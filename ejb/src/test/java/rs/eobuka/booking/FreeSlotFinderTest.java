package rs.eobuka.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeSlotFinderTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void shouldOfferTheWholeMorningOfAFreeDay() {
        // Given nothing booked
        // When a four-hour slot is looked for on a Monday
        List<FreeSlot> slots = FreeSlotFinder.gaps(MONDAY, List.of(), Duration.ofHours(4), 5);

        // Then the day's first slot starts when the working day does
        assertThat(slots).containsExactly(new FreeSlot(MONDAY.atTime(9, 0), MONDAY.atTime(13, 0)));
    }

    @Test
    void shouldOfferTheGapsBetweenBookingsThatAreLongEnough() {
        // Given bookings 10:00–11:00 and 12:00–14:00, and one overlapping the second until 14:30
        List<FreeSlotFinder.Span> busy = List.of(span(10, 0, 11, 0), span(12, 0, 14, 0), span(13, 0, 14, 30));

        // When two-hour slots are looked for
        List<FreeSlot> slots = FreeSlotFinder.gaps(MONDAY, busy, Duration.ofHours(2), 5);

        // Then only the afternoon after the last booking is long enough
        assertThat(slots).containsExactly(new FreeSlot(MONDAY.atTime(14, 30), MONDAY.atTime(16, 30)));
    }

    @Test
    void shouldOfferEachFreeGapOnceAndStopAtTheLimit() {
        // Given a booking 11:00–12:00
        List<FreeSlotFinder.Span> busy = List.of(span(11, 0, 12, 0));

        // When one-hour slots are looked for, at most one
        List<FreeSlot> one = FreeSlotFinder.gaps(MONDAY, busy, Duration.ofHours(1), 1);
        List<FreeSlot> all = FreeSlotFinder.gaps(MONDAY, busy, Duration.ofHours(1), 5);

        // Then the first gap's start comes first, then the gap after the booking
        assertThat(one).containsExactly(new FreeSlot(MONDAY.atTime(9, 0), MONDAY.atTime(10, 0)));
        assertThat(all).containsExactly(new FreeSlot(MONDAY.atTime(9, 0), MONDAY.atTime(10, 0)),
                new FreeSlot(MONDAY.atTime(12, 0), MONDAY.atTime(13, 0)));
    }

    @Test
    void shouldOfferNothingOnADayBookedFromMorningToEvening() {
        List<FreeSlot> slots = FreeSlotFinder.gaps(MONDAY, List.of(span(8, 0, 18, 0)), Duration.ofMinutes(30), 5);

        assertThat(slots).isEmpty();
    }

    @Test
    void shouldTakeWorkingDaysOfAllWindowsInOrderEachOnce() {
        // Given a window over a weekend and a second window overlapping the first
        List<DateWindow> windows = List.of(new DateWindow(MONDAY.plusDays(4), MONDAY.plusDays(7)),
                new DateWindow(MONDAY, MONDAY.plusDays(4)));

        // Then Saturday and Sunday are left out and Friday comes once
        assertThat(FreeSlotFinder.days(windows)).containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2),
                MONDAY.plusDays(3), MONDAY.plusDays(4), MONDAY.plusDays(7));
    }

    private static FreeSlotFinder.Span span(int fromHour, int fromMinute, int toHour, int toMinute) {
        return new FreeSlotFinder.Span(LocalDateTime.of(MONDAY, java.time.LocalTime.of(fromHour, fromMinute)),
                LocalDateTime.of(MONDAY, java.time.LocalTime.of(toHour, toMinute)));
    }
}
