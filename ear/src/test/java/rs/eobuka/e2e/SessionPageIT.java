package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.e2e.ParticipantSteps.EINVOICING_SR_LATN;
import static rs.eobuka.e2e.ParticipantSteps.NOVI_SAD;
import static rs.eobuka.e2e.ParticipantSteps.PASSWORD;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import rs.eobuka.it.Deployments;

/** catalogue/session.xhtml: a session's details, its calendar file, and registering with consent. */
class SessionPageIT extends BrowserIT {

    private static final By REGISTER = By.id("registerForm:register");
    private static final By CONSENT = By.id("registerForm:consent");

    @Test
    void shouldRegisterWithConsentAfterLoggingInFromSessionPage() throws Exception {
        // Given a fresh participant who opens the Novi Sad eInvoicing session anonymously
        String username = ParticipantSteps.createParticipant(base, "Sanja Polaznica");
        openSession(EINVOICING_SR_LATN);
        String sessionUrl = driver.getCurrentUrl();
        assertThat(text(By.id("session-title"))).isEqualTo(EINVOICING_SR_LATN);
        assertThat(text(By.id("session-programme"))).isEqualTo("eFakture u javnom sektoru");
        assertThat(text(By.id("session-co-organisers"))).isEqualTo("Uprava za trezor");
        assertThat(text(By.id("session-city"))).isEqualTo("Novi Sad");
        assertThat(text(By.id("session-venue"))).isEqualTo("Gradska kuća Novi Sad, plava sala, Trg slobode 1");
        assertThat(text(By.id("session-audience"))).contains("Lokalna samouprava", "Javna ustanova");
        assertThat(text(By.id("session-capacity"))).isEqualTo("40");
        assertThat(present(REGISTER)).isFalse();
        checkAccessibility("catalogue/session-anonymous");

        // When they follow "log in to register" and log in
        guardHttp(() -> driver.findElement(By.id("login-to-register-link")).click());
        typeInto(By.id("login:username"), username);
        typeInto(By.id("login:password"), PASSWORD);
        guardHttp(() -> driver.findElement(By.id("login:submit")).click());

        // Then they are back on the session, with the consent text and the form
        assertThat(driver.getCurrentUrl()).isEqualTo(sessionUrl);
        assertThat(text(By.id("consent-text"))).contains("samo da bismo organizovali obuku");
        int seatsBefore = Integer.parseInt(text(By.id("session-seats-left")));

        // When they register without consent
        guardAjax(() -> driver.findElement(REGISTER).click());

        // Then the consent is asked for and nothing is registered
        assertThat(text(By.id("registerForm"))).contains("Za prijavu je potrebna saglasnost za obradu ličnih podataka.");
        assertThat(present(By.id("my-registration-status"))).isFalse();

        // When they consent and register
        driver.findElement(CONSENT).click();
        guardAjax(() -> driver.findElement(REGISTER).click());

        // Then the registration awaits approval and holds a seat
        assertThat(text(By.id("registerForm:messages"))).contains("Prijava je primljena i čeka odobrenje organizatora.");
        assertThat(text(By.id("my-registration-status"))).isEqualTo("Čeka odobrenje");
        assertThat(Integer.parseInt(text(By.id("session-seats-left")))).isEqualTo(seatsBefore - 1);
        screenshot("registered");
        checkAccessibility("catalogue/session-registered");

        // and coming back shows the registration instead of the form
        driver.get(sessionUrl);
        waitForPageLoad();
        assertThat(present(REGISTER)).isFalse();
        assertThat(text(By.id("my-registration"))).contains("Čeka odobrenje");
        assertThat(driver.findElement(By.id("registerForm:my-registration-link")).getAttribute("href"))
                .contains("/registrations/registration.xhtml?id=");
    }

    @Test
    void shouldOfferRegistrationToParticipantsOnly() {
        // Given an organizer, whose account has no participant role, signed in
        login("organizer");

        // When they open a session of the catalogue
        openSession(EINVOICING_SR_LATN);

        // Then no registration form is offered, and the page says who registers
        assertThat(present(REGISTER)).isFalse();
        assertThat(present(CONSENT)).isFalse();
        assertThat(text(By.id("participants-only"))).isEqualTo("Na obuke se prijavljuju učesnici; vaš nalog nema tu ulogu.");
        checkAccessibility("catalogue/session-organizer");
    }

    @Test
    void shouldServeCalendarFileOfSession() throws Exception {
        // Given a session page
        openSession(EINVOICING_SR_LATN);
        String href = driver.findElement(By.id("session-ics")).getAttribute("href");

        // When its calendar file is downloaded
        HttpResponse<String> ics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());

        // Then it is an iCalendar event of that session
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(ics.headers().firstValue("Content-Disposition").orElse("")).matches("attachment; filename=\"eobuka-session-\\d+\\.ics\"");
        assertThat(ics.body()).contains("BEGIN:VEVENT", "SUMMARY:" + EINVOICING_SR_LATN, "Novi Sad");
    }

    @Test
    void shouldStayOnSessionWhenLanguageIsSwitched() {
        // Given a session page in Latin
        openSession(EINVOICING_SR_LATN);

        // When the header switches to Cyrillic, then to English
        switchLanguage("sr-Cyrl");
        assertThat(text(By.id("session-title"))).isEqualTo(ParticipantSteps.EINVOICING_SR_CYRL);
        assertThat(text(By.id("session-city"))).isEqualTo("Нови Сад");
        assertThat(text(By.id("login-to-register"))).isEqualTo("Пријавите се на налог да бисте се пријавили на овај термин");
        checkAccessibility("catalogue/session-sr-Cyrl");
        switchLanguage("en");

        // Then the same session is shown in each language
        assertThat(text(By.id("session-title"))).isEqualTo(ParticipantSteps.EINVOICING_EN);
        assertThat(text(By.id("session-audience"))).contains("Public institution");
    }

    @Test
    void shouldShowNotFoundForUnknownSession() {
        open("/catalogue/session.xhtml?id=999999999&lang=en");
        assertThat(text(By.id("session-title"))).isEqualTo("The session does not exist or is not published.");
    }

    /** Opens a Novi Sad session's page from the catalogue, by its title in the page's language. */
    private void openSession(String title) {
        open("/catalogue/index.xhtml");
        guardAjax(() -> chooseValue("catalogueForm:city", "novi sad", NOVI_SAD));
        WebElement link = driver.findElements(By.cssSelector("[id='catalogueForm:sessions'] tbody a")).stream()
                .filter(a -> a.getText().trim().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no session '" + title + "' in " + text(By.id("catalogueForm:sessions"))));
        guardHttp(link::click);
    }
}
