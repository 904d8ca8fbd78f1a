package rs.eobuka.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every key exists in all three languages, and each language resolves to its own bundle. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "mail"})
    void shouldHaveSameKeysInEveryLanguage(String bundle) throws IOException {
        Set<String> latin = keys(bundle + "_sr");
        Set<String> cyrillic = keys(bundle + "_sr_Cyrl");
        Set<String> english = keys(bundle + "_en");

        assertThat(latin).isNotEmpty();
        assertThat(cyrillic).as("keys of %s_sr_Cyrl", bundle).containsExactlyInAnyOrderElementsOf(latin);
        assertThat(english).as("keys of %s_en", bundle).containsExactlyInAnyOrderElementsOf(latin);
    }

    @Test
    void shouldResolveEachLanguageToItsOwnText() {
        assertThat(Texts.message(Language.SR_LATN, "nav.home")).isEqualTo("Početna");
        assertThat(Texts.message(Language.SR_CYRL, "nav.home")).isEqualTo("Почетна");
        assertThat(Texts.message(Language.EN, "nav.home")).isEqualTo("Home");
    }

    @Test
    void shouldFormatMailTemplatesWithArguments() {
        assertThat(Texts.get(Texts.MAIL, Language.EN, "welcome.body", "Ana")).startsWith("Dear Ana,");
        assertThat(Texts.get(Texts.MAIL, Language.SR_CYRL, "welcome.subject")).contains("налог");
    }

    @Test
    void shouldNegotiateBrowserLanguages() {
        assertThat(Language.negotiate(java.util.List.of(java.util.Locale.forLanguageTag("en-US")))).isEqualTo(Language.EN);
        assertThat(Language.negotiate(java.util.List.of(java.util.Locale.forLanguageTag("sr-Cyrl-RS")))).isEqualTo(Language.SR_CYRL);
        assertThat(Language.negotiate(java.util.List.of(java.util.Locale.forLanguageTag("sr-RS")))).isEqualTo(Language.SR_LATN);
        assertThat(Language.negotiate(java.util.List.of(java.util.Locale.GERMAN))).isEqualTo(Language.SR_LATN);
    }

    private static Set<String> keys(String name) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/rs/eobuka/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
