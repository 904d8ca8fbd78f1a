package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;

/**
 * Personal data in the browser: admins read the record of processing activities (ZZPL Art. 47),
 * generated from the personal-data marks, in their language and as a PDF, and nobody else opens
 * it; everyone downloads what eObuka keeps about them from their profile, sees and withdraws
 * their consents there and asks to be forgotten, which an administrator reviews.
 */
class PrivacyPagesIT extends BrowserIT {

    @Test
    void shouldShowAdminsTheRecordGeneratedFromTheRegistryAndItsPdf() throws Exception {
        // Given an admin
        login("admin");

        // When she opens the record from the menu
        open("/index.xhtml");
        navigate("nav-processing-record");

        // Then each activity shows its purpose, legal basis and retention, and the columns that hold its data
        assertThat(driver.getCurrentUrl()).contains("/admin/processing-record.xhtml");
        assertThat(text(By.tagName("h1"))).isEqualTo("Evidencija radnji obrade (čl. 47. ZZPL)");
        String accounts = text(By.id("activity-ACCOUNTS"));
        assertThat(accounts).contains("Korisnički nalozi i prijava na sistem", "Obavljanje poslova u javnom interesu", "nalog koji nije potvrđen");
        assertThat(text(By.cssSelector("#activity-ACCOUNTS tr[data-category='CONTACT']"))).contains("account.email", "account.phone");
        assertThat(text(By.cssSelector("#activity-COMPETITION_VOTES tr[data-category='PSEUDONYM']")))
                .contains("competition_vote.voter_hash", "hourly_quota.client_hash");
        assertThat(text(By.cssSelector("#activity-COMPETITION_VOTES .record-basis"))).contains("Pristanak lica");
        screenshot("processing-record");
        checkAccessibility("admin/processing-record");

        // When she downloads the PDF
        Path downloads = allowDownloads();
        driver.findElement(By.id("record-pdf")).click();
        byte[] pdf = Files.readAllBytes(downloaded(downloads, ".pdf"));

        // Then it is the same record, Serbian letters included
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String firstPage = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(firstPage).contains("Evidencija radnji obrade", "Korisnički nalozi i prijava na sistem", "account.email");

        // When she reads it in Cyrillic
        open("/admin/processing-record.xhtml?lang=sr-Cyrl");

        // Then the texts are Cyrillic and the columns the same
        assertThat(text(By.tagName("h1"))).isEqualTo("Евиденција радњи обраде (чл. 47. ЗЗПЛ)");
        assertThat(text(By.cssSelector("#activity-ACCOUNTS tr[data-category='CONTACT']"))).contains("account.email");
    }

    @Test
    void shouldKeepTheRecordFromEveryoneButAdmins() {
        // Given an organizer
        login("organizer");

        // When he opens the record or its PDF
        open("/admin/processing-record.xhtml");

        // Then he is refused both
        assertThat(present(By.id("error-heading"))).as("forbidden page").isTrue();
        assertThat(present(By.id("activity-ACCOUNTS"))).isFalse();
        open("/admin/processing-record.pdf");
        assertThat(present(By.id("error-heading"))).as("forbidden page for the PDF").isTrue();
    }

    @Test
    void shouldLetAPersonDownloadEverythingKeptAboutThemFromTheirProfile() throws Exception {
        // Given the demo official on her profile
        login("official");
        open("/account/profile.xhtml");
        assertThat(text(By.id("my-data"))).contains("Vaši podaci", "JSON");
        checkAccessibility("account/profile");

        // When she downloads her data
        Path downloads = allowDownloads();
        driver.findElement(By.id("my-data-download")).click();
        String json = Files.readString(downloaded(downloads, ".json"));

        // Then it is her account and what hangs on it, and nobody else's
        assertThat(json).startsWith("{").contains("\"username\":\"official\"", "\"tables\"", "\"account\"", "\"processHistory\"")
                .doesNotContain("\"username\":\"organizer\"");
    }

    @Test
    void shouldLetAPersonWithdrawAConsentAndAskToBeForgottenAndAnAdministratorDecline() throws Exception {
        // Given a participant registered for a training (which recorded her consent), on her profile
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        long registration = fixtures.registered(fixtures.publishedSession(10, null), participant);
        login(participant.split(":")[0], ApiFixtures.PASSWORD);
        open("/account/profile.xhtml");
        assertThat(text(By.id("consents:consentTable"))).contains("Prijava na obuku", "sr-Latn:");

        // When she withdraws that consent, confirming
        driver.findElement(By.id("consents:consentTable:0:withdraw")).click();
        waiting().until(d -> d.findElement(By.id("confirmForm:confirmYes")).isDisplayed());
        assertThat(text(By.id("confirmForm:confirmDialog"))).contains("prijava se otkazuje");
        guardAjax(() -> driver.findElement(By.id("confirmForm:confirmYes")).click());

        // Then it is marked withdrawn and the registration is cancelled
        assertThat(text(By.id("consents:consentMessages"))).contains("Vaša saglasnost je povučena.");
        assertThat(text(By.id("consents:consentTable"))).contains("Povučena");
        assertThat(fixtures.registration(registration, participant)).contains("\"status\":\"CANCELLED\"");

        // When she asks to be forgotten, confirming
        driver.findElement(By.id("forgetMe:requestErasure")).click();
        waiting().until(d -> d.findElement(By.id("confirmForm:confirmYes")).isDisplayed());
        guardAjax(() -> driver.findElement(By.id("confirmForm:confirmYes")).click());

        // Then the page says an administrator has the request, and offers it no more
        assertThat(text(By.id("forgetMe:erasurePending"))).contains("čeka administratora");
        assertThat(present(By.id("forgetMe:requestErasure"))).isFalse();
        screenshot("profile-forget-me");
        checkAccessibility("account/profile-forget-me");
        long request = ApiFixtures.Json.number(api.get("api/me/erasure-request", participant, null).body(), "id");

        // When an administrator opens the review and declines without a reason
        String task = fixtures.taskOf("data-erasure", request, "admin");
        logout();
        login("admin");
        open("/tasks/erasure-review.xhtml?taskId=" + task);
        assertThat(text(By.id("review-person"))).contains(participant.split(":")[0] + "@example.rs");
        checkAccessibility("tasks/erasure-review");
        guardHttp(() -> driver.findElement(By.id("review:decline")).click());

        // Then the reason is asked for; given, the request is declined and the inbox says so
        assertThat(text(By.id("review:messages"))).contains("Navedite razlog odbijanja");
        typeInto(By.id("review:comment"), "Prijava za obuku je u toku.");
        guardHttp(() -> driver.findElement(By.id("review:decline")).click());
        assertThat(driver.getCurrentUrl()).contains("/inbox/index.xhtml");
        assertThat(text(By.id("inboxForm:messages"))).contains("Zahtev je odbijen i osobi je saopšten razlog.");
    }

    @Test
    void shouldShowAdminsWhoViewedWhosePersonalData() {
        // Given an admin who has looked at the list of users
        login("admin");
        open("/admin/users.xhtml");

        // When she opens the log of views from the menu and picks the list of users
        open("/index.xhtml");
        navigate("nav-access-log");
        guardAjax(() -> new Select(driver.findElement(By.id("accessForm:kind"))).selectByValue("USER_LIST"));

        // Then her own view is there, newest first, with what and whose but none of the data shown
        WebElement newest = driver.findElement(By.cssSelector("[id='accessForm:records'] tbody tr"));
        assertThat(newest.findElement(By.className("access-viewer")).getText()).isEqualTo("admin");
        assertThat(newest.getText()).contains("Spisak korisnika");
        assertThat(newest.findElement(By.className("access-subject")).getText()).startsWith("users:");
        assertThat(driver.findElement(By.id("accessForm:csv")).getAttribute("href")).contains("/admin/access-log.csv?viewer=&kind=USER_LIST");
        screenshot("access-log");
        checkAccessibility("admin/access-log");
    }
}
