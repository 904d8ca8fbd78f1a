package rs.eobuka.impact;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What a report covers: a programme's period (both days inclusive), optionally one region or one LSGU. */
public record ImpactScope(long programmeId,
                          @NotNull(message = "{eobuka.impact.from.required}") LocalDate from,
                          @NotNull(message = "{eobuka.impact.to.required}") LocalDate to,
                          String region, String lsguCode) {

    /** The period of the same length just before, for the change against it. */
    public ImpactScope previous() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new ImpactScope(programmeId, from.minusDays(days), from.minusDays(1), region, lsguCode);
    }
}
