package rs.eobuka.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.errors.TooManyRequestsException;
import rs.eobuka.platform.mail.Links;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.security.CredentialCache;
import rs.eobuka.platform.security.OneUseTokens;
import rs.eobuka.platform.security.PasswordHasher;
import rs.eobuka.platform.security.SecurityEvents;
import rs.eobuka.platform.security.SecurityStampChanged;

/**
 * A forgotten password: a one-use link, valid for {@link #WINDOW}, is e-mailed to the address of
 * an active account, and the page it opens sets a new password. Whoever asks is told the same
 * whether or not the address belongs to an account, so the form reveals no addresses. The
 * account keeps only the token's hash ({@link OneUseTokens}).
 */
@Stateless
public class PasswordResetService {

    /** How long a reset link works. */
    static final Duration WINDOW = Duration.ofHours(1);
    /** A second request within this time sends nothing, so nobody can flood a mailbox with links. */
    static final Duration RESEND_GAP = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    CredentialCache credentialCache;

    @Inject
    Event<SecurityStampChanged> stampChanged;

    @Inject
    SecurityEvents events;

    @Inject
    ResetRequestLimit limit;

    /**
     * Sends a reset link to each active account with this address; nothing, silently, when there
     * is none. {@code from} is the network address asking: one that asked too often in the last
     * hour is refused, whatever the e-mail address ({@link ResetRequestLimit}).
     */
    public void request(String email, String from) {
        if (email == null || email.isBlank()) {
            throw new RuleViolationException("email", "eobuka.email.required");
        }
        Instant now = Instant.now();
        Optional<Duration> wait = limit.take(from, now);
        if (wait.isPresent()) {
            events.log(SecurityEvents.Event.PASSWORD_RESET_THROTTLED, "address", from);
            throw new TooManyRequestsException(wait.get().toSeconds(), "forgot.throttled", Math.max(1, (wait.get().toSeconds() + 59) / 60));
        }
        List<Account> accounts = em.createNamedQuery(Account.FIND_ACTIVE_BY_EMAIL, Account.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .setParameter("status", AccountStatus.ACTIVE)
                .getResultList();
        for (Account account : accounts) {
            if (account.resetIssuedWithin(WINDOW, RESEND_GAP, now)) {
                continue;
            }
            String token = OneUseTokens.newToken();
            account.issueResetToken(OneUseTokens.hash(token), now.plus(WINDOW));
            outbox.enqueue(account.getEmail(), account.preferredLanguage(), "passwordReset", account.getFullName(),
                    Links.to("/reset-password.xhtml?token=" + token), account.getUsername());
            events.log(SecurityEvents.Event.PASSWORD_RESET_SENT, "user", account.getUsername());
        }
    }

    /** Whether the link's token can still set a password (the page asks before showing its form). */
    public boolean isUsable(String token) {
        return token != null && !token.isBlank() && find(token.strip(), Instant.now()) != null;
    }

    /**
     * Sets the new password and spends the link; every session of the account ends and a lock
     * from failed sign-ins is lifted. Returns the account's username, to sign in with.
     */
    public String reset(@NotNull @Valid PasswordReset reset) {
        Account account = find(reset.token().strip(), Instant.now());
        if (account == null) {
            throw new RuleViolationException("token", "passwordReset.invalid");
        }
        account.resetPassword(PasswordHasher.hash(reset.newPassword().toCharArray()));
        credentialCache.forget(account.getUsername());
        stampChanged.fire(new SecurityStampChanged(account.getUsername()));
        outbox.enqueue(account.getEmail(), account.preferredLanguage(), "passwordChanged", account.getFullName(), account.getUsername());
        events.log(SecurityEvents.Event.PASSWORD_RESET, "user", account.getUsername());
        return account.getUsername();
    }

    private Account find(String token, Instant now) {
        return em.createNamedQuery(Account.FIND_BY_RESET_TOKEN, Account.class)
                .setParameter("tokenHash", OneUseTokens.hash(token))
                .getResultStream().filter(a -> a.resetTokenValid(now)).findFirst().orElse(null);
    }
}
