package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import rs.eobuka.it.Deployments;

/** The header's language switch, its memory on the account, and the first visit's negotiation. */
class LanguageSwitchIT extends BrowserIT {

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"");

    @Test
    void shouldSwitchAnonymousHomeBetweenThreeLanguages() {
        open("/index.xhtml");

        switchLanguage("sr-Cyrl");
        assertLanguage("sr-Cyrl", "Почетна");
        screenshot("home-sr-Cyrl");
        checkAccessibility("home-sr-Cyrl");

        switchLanguage("en");
        assertLanguage("en", "Home");
        screenshot("home-en");
        checkAccessibility("home-en");

        switchLanguage("sr-Latn");
        assertLanguage("sr-Latn", "Početna");
        checkAccessibility("home-sr-Latn");
    }

    @Test
    void shouldRememberChosenLanguageOnAccount() {
        try {
            // Given an organizer who chose English
            login("organizer");
            switchLanguage("en");
            logout();
            driver.manage().deleteAllCookies();

            // When logging in again from a fresh session (the browser prefers Serbian)
            login("organizer");

            // Then the pages are in English
            assertLanguage("en", "Home");
        } finally {
            // leave the shared demo account as it was
            driver.manage().deleteAllCookies();
            login("organizer");
            switchLanguage("sr-Latn");
            logout();
        }
    }

    @Test
    void shouldPickFirstVisitLanguageFromAcceptLanguage() throws Exception {
        assertThat(htmlLang("en")).isEqualTo("en");
        assertThat(htmlLang("en-US,en;q=0.9")).isEqualTo("en");
        assertThat(htmlLang("sr-Cyrl")).isEqualTo("sr-Cyrl");
        assertThat(htmlLang("sr-Latn")).isEqualTo("sr-Latn");
        assertThat(htmlLang(null)).isEqualTo("sr-Latn");
    }

    private void assertLanguage(String tag, String homeLink) {
        assertThat(js().executeScript("return document.documentElement.lang")).isEqualTo(tag);
        assertThat(text(By.id("nav-home"))).isEqualTo(homeLink);
    }

    /** The {@code <html lang>} of a first visit (no session) with this Accept-Language. */
    private String htmlLang(String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/index.xhtml"))).timeout(Duration.ofSeconds(30)).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher lang = HTML_LANG.matcher(response.body());
        assertThat(lang.find()).as("<html lang> in %s", response.body()).isTrue();
        return lang.group(1);
    }
}
