package rs.eobuka.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void shouldMatchPercentAndUnderscoreLiterally() {
        assertThat(LikePattern.containing(" 100%_Plan ", Locale.ROOT)).isEqualTo("%100\\%\\_plan%");
    }

    @Test
    void shouldEscapeTheEscapeCharacter() {
        assertThat(LikePattern.literal("a\\b")).isEqualTo("a\\\\b");
    }

    @Test
    void shouldLowerCaseSerbianNamesForAPrefixSearch() {
        assertThat(LikePattern.startingWith("ČAČAK", Locale.forLanguageTag("sr"))).isEqualTo("čačak%");
    }
}
