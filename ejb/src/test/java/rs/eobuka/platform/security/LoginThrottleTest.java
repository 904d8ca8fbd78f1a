package rs.eobuka.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final Instant start = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void shouldHoldBackAnAddressForTheRestOfItsWindowOnceItFailedTwentyTimes() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < 19; i++) {
            throttle.failed("10.0.0.7", start.plusSeconds(i));
        }
        assertThat(throttle.retryAfter("10.0.0.7", start.plusSeconds(30))).isEmpty();

        throttle.failed("10.0.0.7", start.plusSeconds(40));

        assertThat(throttle.retryAfter("10.0.0.7", start.plusSeconds(60))).contains(Duration.ofMinutes(9));
        assertThat(throttle.retryAfter("10.0.0.8", start.plusSeconds(60))).isEmpty();
        assertThat(throttle.retryAfter("10.0.0.7", start.plus(LoginThrottle.WINDOW))).isEmpty();
        // a failure after the window opens a new one, counted from one
        throttle.failed("10.0.0.7", start.plus(LoginThrottle.WINDOW).plusSeconds(1));
        assertThat(throttle.retryAfter("10.0.0.7", start.plus(LoginThrottle.WINDOW).plusSeconds(2))).isEmpty();
    }
}
