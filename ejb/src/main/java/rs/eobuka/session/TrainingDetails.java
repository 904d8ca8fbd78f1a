package rs.eobuka.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import rs.eobuka.account.OrganisationType;

/** What an organizer writes about a training, in all three languages. */
public record TrainingDetails(@NotNull(message = "{eobuka.training.programme.required}") Long programmeId,
                              @NotBlank(message = "{eobuka.training.title.required}") @Size(max = 200) String titleSrLatn,
                              @NotBlank(message = "{eobuka.training.title.required}") @Size(max = 200) String titleSrCyrl,
                              @NotBlank(message = "{eobuka.training.title.required}") @Size(max = 200) String titleEn,
                              @Size(max = 4000) String descriptionSrLatn,
                              @Size(max = 4000) String descriptionSrCyrl,
                              @Size(max = 4000) String descriptionEn,
                              @Min(value = 1, message = "{eobuka.training.duration.invalid}")
                              @Max(value = 200, message = "{eobuka.training.duration.invalid}") int durationHours,
                              Set<Topic> topics,
                              @NotEmpty(message = "{eobuka.training.audience.required}") Set<OrganisationType> audienceTypes) {

    TrainingText text() {
        return new TrainingText(titleSrLatn.strip(), titleSrCyrl.strip(), titleEn.strip(),
                blankToNull(descriptionSrLatn), blankToNull(descriptionSrCyrl), blankToNull(descriptionEn));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
