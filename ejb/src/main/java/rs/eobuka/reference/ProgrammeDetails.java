package rs.eobuka.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What an admin or organizer writes about a programme. Co-organisers are one per line. */
public record ProgrammeDetails(@NotBlank(message = "{eobuka.programme.name.required}") @Size(max = 200) String name,
                               @Size(max = 200) String donor,
                               @Size(max = 200) String beneficiary,
                               LocalDate startsOn,
                               LocalDate endsOn,
                               @Size(max = 1000) String coOrganisers) {
}
