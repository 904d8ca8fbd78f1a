package rs.eobuka.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SerbianTimeTest {

    @Test
    void shouldCountTwoWorkingDaysFromMondayToWednesday() {
        // Given Monday 16 November 2026, 9:00 in Belgrade
        Instant monday = SerbianTime.instant(LocalDateTime.parse("2026-11-16T09:00"));

        // When two working days are added
        LocalDateTime due = SerbianTime.local(SerbianTime.workingDaysAfter(monday, 2).toInstant());

        // Then it is Wednesday, same time
        assertThat(due).isEqualTo(LocalDateTime.parse("2026-11-18T09:00"));
    }

    @Test
    void shouldSkipTheWeekendFromThursday() {
        // Given Thursday 19 November 2026, 14:30
        Instant thursday = SerbianTime.instant(LocalDateTime.parse("2026-11-19T14:30"));

        // When two working days are added, then Saturday and Sunday are skipped: Monday
        assertThat(SerbianTime.local(SerbianTime.workingDaysAfter(thursday, 2).toInstant()))
                .isEqualTo(LocalDateTime.parse("2026-11-23T14:30"));
    }

    @Test
    void shouldCountFromAWeekendDayAsIfFromFriday() {
        // Given Saturday 21 November 2026
        Instant saturday = SerbianTime.instant(LocalDateTime.parse("2026-11-21T11:00"));

        // When one working day is added, then it is Monday
        assertThat(SerbianTime.local(SerbianTime.workingDaysAfter(saturday, 1).toInstant()))
                .isEqualTo(LocalDateTime.parse("2026-11-23T11:00"));
    }

    @Test
    void shouldKeepTheLocalTimeAcrossTheDaylightSavingChange() {
        // Given Friday 23 October 2026, 10:00 summer time; clocks go back on Sunday 25 October
        Instant friday = SerbianTime.instant(LocalDateTime.parse("2026-10-23T10:00"));

        // When two working days are added, then it is Tuesday 10:00 winter time
        assertThat(SerbianTime.local(SerbianTime.workingDaysAfter(friday, 2).toInstant()))
                .isEqualTo(LocalDateTime.parse("2026-10-27T10:00"));
    }

    @Test
    void shouldConvertBelgradeLocalTimeToInstant() {
        assertThat(SerbianTime.instant(LocalDateTime.parse("2026-11-24T10:00"))).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(SerbianTime.instant(LocalDateTime.parse("2026-07-01T10:00"))).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
    }
}
