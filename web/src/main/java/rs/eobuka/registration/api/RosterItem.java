package rs.eobuka.registration.api;

import java.time.Instant;
import rs.eobuka.account.Account;
import rs.eobuka.registration.RosterEntry;

/** One row of a session's roster for organizers, with the contact they need to reach the person. */
public record RosterItem(long id, String status, Long waitlistPosition, String fullName, String email, String phone,
                         String lsguCode, String organisationType, String organisationName, String jobTitle,
                         Instant registeredAt) {

    public static RosterItem of(RosterEntry entry) {
        Account account = entry.registration().getAccount();
        return new RosterItem(entry.id(), entry.registration().getStatus().name(),
                entry.waitlistPosition() > 0 ? entry.waitlistPosition() : null, account.getFullName(), account.getEmail(),
                account.getPhone(), entry.registration().getLsguCode(),
                account.getOrganisationType() == null ? null : account.getOrganisationType().name(),
                account.getOrganisationName(), account.getJobTitle(), entry.registration().getCreatedAt());
    }
}
