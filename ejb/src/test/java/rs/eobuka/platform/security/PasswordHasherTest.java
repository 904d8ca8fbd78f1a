package rs.eobuka.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void shouldVerifyTheRightPasswordAndRefuseAWrongOne() {
        String stored = PasswordHasher.hash("demo-lozinka-123".toCharArray());

        assertThat(stored).startsWith("pbkdf2-sha256$600000$");
        assertThat(PasswordHasher.matches("demo-lozinka-123".toCharArray(), stored)).isTrue();
        assertThat(PasswordHasher.matches("demo-lozinka-124".toCharArray(), stored)).isFalse();
    }

    @Test
    void shouldSaltEveryHashDifferently() {
        assertThat(PasswordHasher.hash("same-password-1".toCharArray()))
                .isNotEqualTo(PasswordHasher.hash("same-password-1".toCharArray()));
    }

    @Test
    void shouldRefuseMalformedStoredValues() {
        assertThat(PasswordHasher.matches("x".toCharArray(), null)).isFalse();
        assertThat(PasswordHasher.matches("x".toCharArray(), "plain-text")).isFalse();
    }
}
