package rs.eobuka.competition;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/** A citizen's entry as sent, before the competition's rules are applied; the constraints are the form's. */
public record EntryDraft(
        @NotBlank String category,
        @NotBlank String lsguCode,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 5) List<@Size(max = 300) String> links,
        @AssertTrue(message = "{eobuka.competition.consent}") boolean consent) {

    public EntryDraft {
        links = links == null ? List.of() : links.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
    }

    /** Addresses compare without case and surrounding spaces: one entry per address per category. */
    public static String normalisedEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
