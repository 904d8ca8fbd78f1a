package rs.eobuka.workshop;

import jakarta.validation.constraints.Size;

/** What the organizer writes after the day; the counts come from attendance and the Digital Corner's tally. */
public record WorkshopReport(@Size(max = 4000) String issues, @Size(max = 4000) String nextRequests) {
}
