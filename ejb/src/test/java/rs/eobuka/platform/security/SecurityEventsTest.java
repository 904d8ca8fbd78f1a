package rs.eobuka.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityEventsTest {

    @Test
    void shouldQuoteEveryValueAndKeepAForgedLineOnItsOwnLine() {
        String line = SecurityEvents.line(SecurityEvents.Event.SIGN_IN_FAILED, "user", "mallory\r\nSIGN_IN user=\"admin\"", "address", "10.0.0.7");

        assertThat(line).doesNotContain("\n", "\r")
                .isEqualTo("SIGN_IN_FAILED user=\"mallory\\u000d\\u000aSIGN_IN user=\\\"admin\\\"\" address=\"10.0.0.7\"");
    }

    @Test
    void shouldShowMissingValuesAndCutLongOnes() {
        String line = SecurityEvents.line(SecurityEvents.Event.FORBIDDEN, "user", null, "path", "/a".repeat(150));

        assertThat(line).startsWith("FORBIDDEN user=- path=\"/a/a").endsWith("…\"");
        assertThat(line.length()).isLessThan(240);
    }
}
