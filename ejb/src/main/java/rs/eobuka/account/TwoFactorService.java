package rs.eobuka.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.OptionalLong;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.qr.QrCode;
import rs.eobuka.platform.security.CredentialCache;
import rs.eobuka.platform.security.PasswordHasher;
import rs.eobuka.platform.security.SecurityEvents;
import rs.eobuka.platform.security.Totp;

/**
 * Two-factor sign-in with an authenticator app: a person turns it on by showing the app can
 * give codes of a new secret, and off with their password and a code; an admin turns it off for
 * someone who lost their phone. Each change is mailed to the owner and written to the security log.
 */
@Stateless
public class TwoFactorService {

    @Inject
    AccountLookupService lookups;

    @Inject
    CredentialCache credentialCache;

    @Inject
    MailOutbox outbox;

    @Inject
    SecurityEvents events;

    /** A new secret for the app to scan; nothing is stored until {@link #enable} confirms it. */
    public String newSecret() {
        return Totp.newSecret();
    }

    /** The QR code an authenticator app scans to take this secret for this account (PNG). */
    public byte[] qrCode(String username, String secret) {
        return QrCode.png(Totp.keyUri("eObuka", username, secret), 240);
    }

    public boolean isEnabled(String username) {
        return account(username).hasTwoFactor();
    }

    /** Turns it on when the code is one the app computed from this secret. */
    public void enable(String username, String secret, String code) {
        Account account = account(username);
        if (account.hasTwoFactor()) {
            throw new RuleViolationException("code", "twoFactor.alreadyOn");
        }
        OptionalLong step = secret == null ? OptionalLong.empty() : Totp.accept(secret, code, Instant.now(), null);
        if (step.isEmpty()) {
            throw new RuleViolationException("code", "twoFactor.wrongCode");
        }
        account.enableTwoFactor(secret, step.getAsLong());
        changed(account, SecurityEvents.Event.TWO_FACTOR_ENABLED, "twoFactorEnabled", "user", username);
    }

    /** Turns it off: the password and a current code, so neither a stolen password nor an open session is enough. */
    public void disable(String username, String password, String code) {
        Account account = account(username);
        if (!account.hasTwoFactor()) {
            return;
        }
        if (password == null || account.getPasswordHash() == null || !PasswordHasher.matches(password.toCharArray(), account.getPasswordHash())) {
            throw new RuleViolationException("currentPassword", "password.current.wrong");
        }
        OptionalLong step = Totp.accept(account.getTwoFactorSecret(), code, Instant.now(), account.getTwoFactorStep());
        if (step.isEmpty()) {
            throw new RuleViolationException("code", "twoFactor.wrongCode");
        }
        account.disableTwoFactor();
        changed(account, SecurityEvents.Event.TWO_FACTOR_DISABLED, "twoFactorDisabled", "user", username);
    }

    /** An admin turns it off for someone who cannot give codes any more; they sign in with their password again. */
    public void disableFor(String username, String admin) {
        Account account = account(username);
        if (account.hasTwoFactor()) {
            account.disableTwoFactor();
            changed(account, SecurityEvents.Event.TWO_FACTOR_DISABLED, "twoFactorDisabled", "user", username, "by", admin);
        }
    }

    private void changed(Account account, SecurityEvents.Event event, String mail, String... fields) {
        credentialCache.forget(account.getUsername());
        outbox.enqueue(account.getEmail(), account.preferredLanguage(), mail, account.getFullName(), account.getUsername());
        events.log(event, fields);
    }

    private Account account(String username) {
        return lookups.findByUsername(username).orElseThrow(() -> new NotFoundException("error.notFound"));
    }
}
