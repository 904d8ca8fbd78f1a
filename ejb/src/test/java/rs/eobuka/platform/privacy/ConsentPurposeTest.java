package rs.eobuka.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;

class ConsentPurposeTest {

    @Test
    void shouldVersionEachConsentByTheLanguageAndTheTextShown() {
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            // Given the text of a consent in each language
            Set<String> versions = EnumSet.allOf(Language.class).stream().map(purpose::version).collect(Collectors.toSet());

            // Then each language's text has its own version, named by the language and a hash of the text, and asking again gives the same
            assertThat(versions).hasSize(Language.values().length);
            for (Language language : Language.values()) {
                assertThat(Texts.message(language, purpose.textKey())).as(purpose + " has a text in " + language).isNotBlank();
                assertThat(purpose.version(language)).matches(language.tag() + ":[0-9a-f]{16}").isEqualTo(purpose.version(language));
            }
        }
    }
}
