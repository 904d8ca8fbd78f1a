package rs.eobuka.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.security.CredentialCache;
import rs.eobuka.platform.security.PasswordHasher;
import rs.eobuka.platform.security.SecurityEvents;
import rs.eobuka.platform.security.SecurityStampChanged;

/**
 * A signed-in person changes their password. The current one must be given again (a session left
 * open on a shared computer must not be enough), and every other session of the account ends:
 * whoever knew the old password is signed out ({@link rs.eobuka.platform.security.SessionStamps}),
 * and the owner is told by e-mail, so a change they did not make does not go unnoticed.
 */
@Stateless
public class PasswordService {

    @Inject
    AccountLookupService lookups;

    @Inject
    CredentialCache credentialCache;

    @Inject
    Event<SecurityStampChanged> stampChanged;

    @Inject
    MailOutbox outbox;

    @Inject
    SecurityEvents events;

    /** Sets the new password; returns the account's new security stamp, for the session that changed it to keep. */
    public long change(@NotNull String username, @NotNull @Valid PasswordChange change) {
        Account account = lookups.findByUsername(username).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (account.getPasswordHash() == null
                || !PasswordHasher.matches(change.currentPassword().toCharArray(), account.getPasswordHash())) {
            throw new RuleViolationException("currentPassword", "password.current.wrong");
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw new RuleViolationException("newPassword", "password.new.same");
        }
        account.setPasswordHash(PasswordHasher.hash(change.newPassword().toCharArray()));
        credentialCache.forget(username);
        stampChanged.fire(new SecurityStampChanged(username));
        outbox.enqueue(account.getEmail(), account.preferredLanguage(), "passwordChanged", account.getFullName(), username);
        events.log(SecurityEvents.Event.PASSWORD_CHANGED, "user", username);
        return account.getSecurityStamp();
    }
}
