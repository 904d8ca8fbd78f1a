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
}
