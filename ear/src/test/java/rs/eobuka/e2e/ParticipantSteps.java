package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import rs.eobuka.it.ApiClient;

/**
 * Fresh participants for the participant-screen tests: each test makes its own through the admin
 * API, so no two tests share registrations. The demo session they register for is the Novi Sad
 * eInvoicing session: open to LSGU staff, 40 seats, no quota per municipality.
 */
final class ParticipantSteps {

    static final String PASSWORD = "e2e-lozinka-dovoljno-duga";
    /** Novi Sad, where the demo eInvoicing session runs. */
    static final String NOVI_SAD = "89010";
    static final String EINVOICING_SR_LATN = "Elektronske fakture u javnom sektoru";
    static final String EINVOICING_SR_CYRL = "Електронске фактуре у јавном сектору";
    static final String EINVOICING_EN = "Electronic invoicing in the public sector";

    private ParticipantSteps() {
    }

    /** A new active participant working in Kragujevac's administration; returns the username. */
    static String createParticipant(URL base, String fullName) throws Exception {
        String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String json = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"fullName\":\"" + fullName + " " + username + "\","
                + "\"email\":\"" + username + "@example.rs\",\"lsguCode\":\"70645\",\"organisationType\":\"LSGU\",\"roles\":[\"participant\"]}";
        HttpResponse<String> created = new ApiClient(base).post("api/admin/users", "admin", json);
        assertThat(created.statusCode()).as("creating the participant: %s", created.body()).isEqualTo(201);
        return username;
    }

    /**
     * The signed-in participant registers for the Novi Sad eInvoicing session through the
     * catalogue and the session page, in the language given ({@code ?lang=}); returns the page's
     * status text of the new registration.
     */
    static String registerForEinvoicing(BrowserIT page, String language, String title) {
        page.open("/catalogue/index.xhtml?lang=" + language);
        page.guardAjax(() -> page.chooseValue("catalogueForm:city", "novi sad", NOVI_SAD));
        WebElement link = BrowserIT.driver.findElements(By.cssSelector("[id='catalogueForm:sessions'] tbody a")).stream()
                .filter(a -> a.getText().trim().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no session '" + title + "' in the catalogue"));
        page.guardHttp(link::click);
        BrowserIT.driver.findElement(By.id("registerForm:consent")).click();
        page.guardAjax(() -> BrowserIT.driver.findElement(By.id("registerForm:register")).click());
        return page.text(By.id("my-registration-status"));
    }
}
