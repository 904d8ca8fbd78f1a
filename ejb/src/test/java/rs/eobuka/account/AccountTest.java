package rs.eobuka.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.security.Role;

class AccountTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private Account account() {
        Account account = new Account("official", "Milica", "m@example.rs", "sr-Latn", EnumSet.of(Role.PARTICIPANT), now);
        account.setPasswordHash("pbkdf2-sha256$1$a$b");
        return account;
    }

    @Test
    void shouldLockAfterFiveFailuresAndDoubleTheLock() {
        Account account = account();
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(now);
        }
        assertThat(account.isLocked(now)).isFalse();

        account.recordFailedLogin(now);
        assertThat(account.isLocked(now.plus(Duration.ofSeconds(59)))).isTrue();
        assertThat(account.isLocked(now.plus(Duration.ofSeconds(61)))).isFalse();

        account.recordFailedLogin(now);
        assertThat(account.isLocked(now.plus(Duration.ofSeconds(119)))).isTrue();
    }

    @Test
    void shouldNotLogInUntilEmailIsVerified() {
        Account account = account();
        account.awaitVerification(null);
        account.issueVerificationToken("a".repeat(64));
        assertThat(account.canLogIn(now)).isFalse();
        assertThat(account.getVerificationToken()).isEqualTo("a".repeat(64));

        account.activate();
        assertThat(account.canLogIn(now)).isTrue();
        assertThat(account.getVerificationToken()).isNull();
    }

    @Test
    void shouldNotLogInWhenDisabled() {
        Account account = account();
        account.disable();
        assertThat(account.canLogIn(now)).isFalse();
    }

    @Test
    void shouldTakeAResetLinkUntilItExpiresThenLiftTheLockAndEndSessions() {
        // Given an account locked by someone's failed sign-ins, and a reset link sent now
        Account account = account();
        for (int i = 0; i < 6; i++) {
            account.recordFailedLogin(now);
        }
        long stamp = account.getSecurityStamp();
        account.issueResetToken("b".repeat(64), now.plus(Duration.ofHours(1)));

        // Then the link works within the hour only, and a second request within two minutes would send nothing
        assertThat(account.resetTokenValid(now.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(account.resetTokenValid(now.plus(Duration.ofMinutes(60)))).isFalse();
        assertThat(account.resetIssuedWithin(Duration.ofHours(1), Duration.ofMinutes(2), now.plus(Duration.ofSeconds(119)))).isTrue();
        assertThat(account.resetIssuedWithin(Duration.ofHours(1), Duration.ofMinutes(2), now.plus(Duration.ofSeconds(121)))).isFalse();

        // When the owner sets a new password through it
        account.resetPassword("pbkdf2-sha256$1$c$d");

        // Then the link is spent, the lock lifted and the sessions of the old password end
        assertThat(account.resetTokenValid(now)).isFalse();
        assertThat(account.isLocked(now)).isFalse();
        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.getSecurityStamp()).isGreaterThan(stamp);
        assertThat(account.getPasswordHash()).isEqualTo("pbkdf2-sha256$1$c$d");
    }

    @Test
    void shouldRefuseAResetLinkOfADisabledAccount() {
        Account account = account();
        account.issueResetToken("b".repeat(64), now.plus(Duration.ofHours(1)));
        account.disable();
        assertThat(account.resetTokenValid(now)).isFalse();
    }
}
