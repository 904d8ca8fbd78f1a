package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Impact reports over the API: drafted from the data by one evaluator, written, returned and then
 * approved by another (never by the author), published with a PDF and a workbook for everyone,
 * and never changed after; a correction is a new edition naming the one it replaces.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImpactReportApiIT {

    private static final String PROCESS = "impact-report-review";
    private static final String REVIEWER = "evaluator";

    @ArquillianResource
    URL base;

    private ApiClient api;
    private ApiFixtures fixtures;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
        fixtures = new ApiFixtures(api);
    }

    @Test
    void shouldDraftReturnApprovePublishAndNeverChangeAPublishedReport() throws Exception {
        // Given an evaluator who drafts a report of a programme's last year
        String author = fixtures.evaluator();
        long programme = programme();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Belgrade"));
        HttpResponse<String> drafted = api.post("api/impact-reports", author, "{\"programmeId\":" + programme + ",\"from\":\""
                + today.minusYears(1) + "\",\"to\":\"" + today + "\"}", "en");
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        long id = ApiFixtures.Json.number(drafted.body(), "id");
        assertThat(drafted.body()).contains("\"status\":\"DRAFT\"", "\"edition\":1", "\"participantsTrained\":", "\"previous\":");

        // When the author sends it for review before writing the findings
        String write = fixtures.taskOf(PROCESS, id, author);
        HttpResponse<String> early = api.post("api/tasks/" + write + "/complete", author, "{\"decision\":\"SUBMIT\"}", "en");

        // Then it is refused, naming the findings
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(early.body()).contains("\"findings\"");

        // When another evaluator tries to write it, and the author quotes an answer from outside the scope
        assertThat(api.put("api/impact-reports/" + id, REVIEWER, narrative("Tuđi nalazi", "")).statusCode()).isEqualTo(403);
        HttpResponse<String> foreign = api.put("api/impact-reports/" + id, author, narrative("Nalazi", "999999999"));
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(422);
        assertThat(foreign.body()).contains("quoteAnswerIds");

        // When the author writes the findings, quoting a participant's answer from the scope if there is one
        HttpResponse<String> texts = api.get("api/impact-reports/" + id + "/free-texts?max=1", author, null);
        assertThat(texts.statusCode()).as(texts.body()).isEqualTo(200);
        String quote = texts.body().contains("answerId") ? ApiFixtures.Json.first(texts.body(), "answerId") : "";
        HttpResponse<String> written = api.put("api/impact-reports/" + id, author, narrative("Obuke su dostigle 14 gradova.", quote));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        if (!quote.isEmpty()) {
            assertThat(written.body()).contains("\"answerId\":" + quote).doesNotContain("alumni.");
        }
        // and sends it for review
        assertThat(api.post("api/tasks/" + write + "/complete", author, "{\"decision\":\"SUBMIT\"}").statusCode()).isEqualTo(200);
        assertThat(api.get("api/impact-reports/" + id, author, null).body()).contains("\"status\":\"IN_REVIEW\"");

        // Then the author cannot review it, and a return needs a comment
        String review = fixtures.taskOf(PROCESS, id, REVIEWER);
        assertThat(api.post("api/tasks/" + review + "/complete", author, "{\"decision\":\"APPROVE\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> bare = api.post("api/tasks/" + review + "/complete", REVIEWER, "{\"decision\":\"RETURN\"}", "en");
        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(422);

        // When the second evaluator returns it with a comment
        assertThat(api.post("api/tasks/" + review + "/complete", REVIEWER,
                "{\"decision\":\"RETURN\",\"comment\":\"Dodajte poređenje sa prethodnim periodom.\"}").statusCode()).isEqualTo(200);

        // Then the author has it back, with the comment, and a draft is not public
        assertThat(api.get("api/impact-reports/" + id, author, null).body()).contains("\"status\":\"RETURNED\"",
                "Dodajte poređenje sa prethodnim periodom.");
        assertThat(api.get("api/impact-reports/" + id, null, null).statusCode()).isEqualTo(404);
        assertThat(api.get("api/impact-reports/" + id + "/pdf", null, null).statusCode()).isEqualTo(404);

        // When the author revises and resubmits, and the reviewer approves
        assertThat(api.put("api/impact-reports/" + id, author, narrative("Obuke su dostigle 14 gradova; odziv je porastao.", quote))
                .statusCode()).isEqualTo(200);
        assertThat(api.post("api/tasks/" + fixtures.taskOf(PROCESS, id, author) + "/complete", author, "{\"decision\":\"SUBMIT\"}")
                .statusCode()).isEqualTo(200);
        assertThat(api.post("api/tasks/" + fixtures.taskOf(PROCESS, id, REVIEWER) + "/complete", REVIEWER, "{\"decision\":\"APPROVE\"}")
                .statusCode()).isEqualTo(200);

        // Then it is published: anyone reads it, its PDF and its workbook, without the names of its evaluators
        HttpResponse<String> published = api.get("api/impact-reports/" + id, null, "en");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(published.body()).contains("\"status\":\"PUBLISHED\"", "odziv je porastao").doesNotContain("\"author\":\"");
        HttpResponse<byte[]> pdf = bytes("api/impact-reports/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> xlsx = bytes("api/impact-reports/" + id + "/xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(api.get("api/impact-reports", null, null).body()).contains("\"id\":" + id);

        // and it never changes: not its text, not its figures
        HttpResponse<String> late = api.put("api/impact-reports/" + id, author, narrative("Drugačiji nalazi", ""));
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(api.post("api/impact-reports/" + id + "/figures", author, null).statusCode()).isEqualTo(409);
        assertThat(api.get("api/impact-reports/" + id, null, null).body()).contains("odziv je porastao").doesNotContain("Drugačiji nalazi");

        // When it is corrected
        HttpResponse<String> correction = api.post("api/impact-reports/" + id + "/corrections", author, null);

        // Then the correction is a new draft edition naming the one it replaces, which stays readable
        assertThat(correction.statusCode()).as(correction.body()).isEqualTo(201);
        assertThat(correction.body()).contains("\"edition\":2", "\"replacesId\":" + id, "\"status\":\"DRAFT\"", "odziv je porastao");
        assertThat(api.get("api/impact-reports/" + id, null, null).statusCode()).isEqualTo(200);
        // and a second correction of the same edition is refused while the first exists
        assertThat(api.post("api/impact-reports/" + id + "/corrections", author, null).statusCode()).isEqualTo(409);
    }

    @Test
    void shouldRefuseAReportToParticipantsAndNameBadScopeFields() throws Exception {
        long programme = programme();
        assertThat(api.post("api/impact-reports", "official", "{\"programmeId\":" + programme + ",\"from\":\"2026-01-01\",\"to\":\"2026-03-31\"}")
                .statusCode()).isEqualTo(403);

        HttpResponse<String> refused = api.post("api/impact-reports", REVIEWER, "{\"programmeId\":" + programme
                + ",\"from\":\"2026-01-01\",\"to\":\"yesterday\"}", "en");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"to\"");

        HttpResponse<String> reversed = api.post("api/impact-reports", REVIEWER, "{\"programmeId\":" + programme
                + ",\"from\":\"2026-03-01\",\"to\":\"2026-01-01\",\"lsguCode\":\"99999\"}", "en");
        assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(422);
    }

    private long programme() throws Exception {
        HttpResponse<String> trainings = api.get("api/trainings?max=1", null, null);
        return ApiFixtures.Json.number(trainings.body(), "programmeId");
    }

    private static String narrative(String findings, String quote) {
        return "{\"findings\":{\"srLatn\":\"" + findings + "\",\"en\":\"Findings\"},\"recommendations\":{\"srLatn\":\"Nastaviti karavan.\"},"
                + "\"quoteAnswerIds\":[" + quote + "]}";
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
