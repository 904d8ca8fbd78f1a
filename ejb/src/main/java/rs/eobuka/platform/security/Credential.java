package rs.eobuka.platform.security;

import java.time.Instant;
import java.util.Set;

/**
 * What the login needs of a stored account: its hash, its throttling state and its roles. The
 * account feature's entity implements it, so this package never names that feature.
 */
public interface Credential {

    String getPasswordHash();

    /** Too many failed attempts in a row: no password is checked until the lock ends. */
    boolean isLocked(Instant now);

    /** Active and not locked. */
    boolean canLogIn(Instant now);

    int getFailedLogins();

    void recordFailedLogin(Instant now);

    void recordSuccessfulLogin();

    Set<Role> getRoles();

    /** Changes whenever what the account may do changes: a session signed in before then ends ({@link SessionStamps}). */
    long getSecurityStamp();

    /** The authenticator app's shared secret ({@link Totp}) when two-factor sign-in is on; null otherwise. */
    String getTwoFactorSecret();

    /** The last step a code was accepted for; null before the first. */
    Long getTwoFactorStep();

    /** A code of this step was accepted: no code of it or before it works again. */
    void acceptTwoFactorStep(long step);
}
