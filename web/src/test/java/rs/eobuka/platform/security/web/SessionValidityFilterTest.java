package rs.eobuka.platform.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionValidityFilterTest {

    private static final long CREATED = 1_700_000_000_000L;

    @Test
    void shouldEndASessionOnlyOnceItIsOlderThanItsAbsoluteLifetime() {
        Duration twelveHours = SessionValidityFilter.DEFAULT_MAX_AGE;

        assertThat(twelveHours).isEqualTo(Duration.ofHours(12));
        assertThat(SessionValidityFilter.expired(CREATED, CREATED + Duration.ofHours(11).toMillis(), twelveHours)).isFalse();
        assertThat(SessionValidityFilter.expired(CREATED, CREATED + twelveHours.toMillis(), twelveHours)).isFalse();
        assertThat(SessionValidityFilter.expired(CREATED, CREATED + twelveHours.toMillis() + 1, twelveHours)).isTrue();
        assertThat(SessionValidityFilter.expired(CREATED, CREATED + Duration.ofDays(3).toMillis(), Duration.ofDays(7))).isFalse();
    }
}
