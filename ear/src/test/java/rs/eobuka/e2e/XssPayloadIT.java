package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;
import rs.eobuka.it.ApiFixtures.Json;
import rs.eobuka.it.CompetitionFixtures;

/**
 * Markup and script typed into the application's text fields come back as the very text that
 * was typed, wherever they are shown: on the pages of the people who read them (as text, in
 * form fields), in e-mail and in PDF documents. Nothing of them runs, loads or becomes an
 * element; every browser test also fails on a script the Content-Security-Policy had to stop.
 */
class XssPayloadIT extends OrganizerBrowserIT {

    /** Runs or loads if it reaches a page unescaped, in text or in an attribute. */
    static String payload(String marker) {
        return marker + " <img src=x onerror=xssRan=1><script>xssRan=2</script>\"'><svg onload=xssRan=3>";
    }

    @Test
    void shouldShowAParticipantsNameAsTextToTheOrganizer() {
        // Given a participant whose name is markup, registered for a session
        String marker = "xss" + System.nanoTime() % 1_000_000;
        String name = payload(marker);
        long session = publishedSession(60 * 24 * 5, 5);
        register(session, participant(name));

        // When an organizer opens the approval task and the roster
        loginAs(organizer("Ana Organizatorka"));
        openTaskFromInbox("training-registration", "Odobravanje prijave", "person-name", marker);

        // Then the name is the text typed, and nothing of it ran
        assertShownAsText(By.id("person-name"), name);
        open("/organizer/roster.xhtml?session=" + session);
        assertShownAsText(By.id("roster:entries"), name);
    }

    @Test
    void shouldShowCitizensAndOrganizersTextsAsTextOnPagesMailsAndDocuments() throws Exception {
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        String organizer = fixtures.organizer();

        // Given an e-service of Čačak named and described in markup
        String service = payload("svc" + System.nanoTime() % 1_000_000);
        HttpResponse<String> added = api.post("api/eservices", organizer, "{\"lsguCode\":\"" + ApiFixtures.CACAK + "\",\"name\":"
                + texts(service) + ",\"description\":" + texts(service) + ",\"url\":\"https://euprava.gov.rs/upis\"}", "en");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

        // and a citizen's competition entry titled in markup, published
        CompetitionFixtures competitions = new CompetitionFixtures(api);
        LocalDateTime now = CompetitionFixtures.now();
        LocalDateTime closes = now.plusDays(10);
        long competition = competitions.competition(organizer, now.minusMinutes(1), closes, closes.plusDays(5), closes.plusDays(1),
                closes.plusDays(8), competitions.juror(ApiFixtures.KRAGUJEVAC));
        String title = payload("entry" + System.nanoTime() % 1_000_000);
        String email = ApiFixtures.unique("xss") + "@example.rs";
        HttpResponse<String> entered = api.post("api/competitions/" + competition + "/entries", null,
                CompetitionFixtures.entryJson(ApiFixtures.CACAK, email, json(title)), "en");
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        competitions.publish(Json.number(entered.body(), "id"), email, organizer);

        // and an evaluator's report whose findings are markup
        String evaluator = fixtures.evaluator();
        String findings = payload("report" + System.nanoTime() % 1_000_000);
        long report = draftReport(api, evaluator, findings);

        // Then the public pages show the texts as typed
        open("/campaign.xhtml?lang=sr-Latn");
        assertShownAsText(By.id("lsgu-" + ApiFixtures.CACAK), service);
        open("/competition/index.xhtml?id=" + competition + "&lang=sr-Latn");
        assertShownAsText(By.id("galleryForm:gallery"), title);

        // and the e-mails to the citizen carry the title as typed (plain text: nothing to escape)
        String mails = api.get("api/admin/outbox?to=" + email + "&max=5", "admin", "en").body();
        assertThat(mails).contains(json(title));

        // and the evaluator's form holds the findings as typed, and the report's PDF prints them
        login(CompetitionFixtures.name(evaluator), ApiFixtures.PASSWORD);
        open("/evaluator/report.xhtml?id=" + report + "&lang=sr-Latn");
        assertThat(js().executeScript("return document.getElementById('write:findingsLatn').value")).isEqualTo(findings);
        assertNothingRan();
        HttpResponse<byte[]> pdf = api.getBytes("api/impact-reports/" + report + "/pdf?lang=sr-Latn", evaluator);
        assertThat(pdf.statusCode()).isEqualTo(200);
        PdfReader document = new PdfReader(pdf.body());
        StringBuilder printed = new StringBuilder();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            printed.append(new PdfTextExtractor(document).getTextFromPage(page)).append(' ');
        }
        assertThat(printed.toString().replaceAll("\\s+", " ")).contains(findings);
    }

    @Test
    void shouldShowANameAsTextWhereAnAjaxUpdateRendersIt() throws Exception {
        // Given a trainer whose name is markup
        ApiClient api = new ApiClient(base);
        String marker = "trn" + System.nanoTime() % 1_000_000;
        String name = payload(marker);
        HttpResponse<String> created = api.post("api/trainers", "organizer", "{\"fullName\":\"" + json(name) + "\",\"email\":\""
                + ApiFixtures.unique("t") + "@example.rs\",\"topics\":[\"URNTR\"],\"regions\":[],\"lsguCodes\":[]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        // When an organizer searches the trainers for it (the table is renewed by ajax)
        login("organizer");
        open("/organizer/trainers.xhtml");
        typeInto(By.id("trainersForm:text"), marker);
        waiting().until(d -> d.findElements(By.cssSelector("[id='trainersForm:trainers_data'] > tr")).size() == 1
                && text(By.id("trainersForm:trainers")).contains(marker));

        // Then the name is the text typed
        assertShownAsText(By.id("trainersForm:trainers"), name);
    }

    /** The element shows exactly the text, no element came of it, and no script of it ran. */
    private void assertShownAsText(By element, String typed) {
        assertThat(text(element)).contains(typed);
        assertNothingRan();
    }

    private void assertNothingRan() {
        assertThat(js().executeScript("return typeof window.xssRan")).as("a script of the payload ran").isEqualTo("undefined");
        assertThat(driver.findElements(By.cssSelector("img[src='x'], svg[onload]"))).as("elements made of the payload").isEmpty();
    }

    private static long draftReport(ApiClient api, String evaluator, String findings) throws Exception {
        long programme = Json.number(api.get("api/trainings?max=1", null, null).body(), "programmeId");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Belgrade"));
        HttpResponse<String> drafted = api.post("api/impact-reports", evaluator, "{\"programmeId\":" + programme + ",\"from\":\""
                + today.minusYears(1) + "\",\"to\":\"" + today + "\"}", "en");
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        long id = Json.number(drafted.body(), "id");
        HttpResponse<String> written = api.put("api/impact-reports/" + id, evaluator, "{\"findings\":{\"srLatn\":\"" + json(findings)
                + "\"},\"recommendations\":{\"srLatn\":\"" + json(findings) + "\"},\"quoteAnswerIds\":[]}");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        return id;
    }

    private static String texts(String text) {
        return TypedMarkup.bodyTexts(text);
    }

    private static String json(String text) {
        return TypedMarkup.json(text);
    }
}
