package rs.eobuka.caravan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What an organizer plans for a caravan event: where, which day, under what title, and its programme in order. */
public record EventPlan(@NotBlank(message = "{eobuka.caravan.lsgu.required}") String lsguCode,
                        @NotNull(message = "{eobuka.caravan.day.required}") LocalDate day,
                        @NotBlank(message = "{eobuka.caravan.title.required}") @Size(max = 200) String title,
                        @Size(max = 2000) String description,
                        @NotNull @Size(min = 1, max = 12, message = "{eobuka.caravan.parts.required}") List<@Valid @NotNull PartPlan> parts) {
}
