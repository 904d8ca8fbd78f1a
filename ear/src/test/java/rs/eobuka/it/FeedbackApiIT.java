package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feedback over the API: questionnaires for evaluators (complete in three languages, revised in
 * place while unused), surveys only of what has been held, one-use links without an account,
 * and attendance marked by organizers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackApiIT {

    private static final String EVALUATOR = "evaluator";

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
    void shouldCreateAQuestionnaireAndReviseItInPlaceWhileNoSurveyUsesIt() throws Exception {
        // Given a new questionnaire for Digital Corner citizens
        String name = ApiFixtures.unique("upitnik");
        HttpResponse<String> created = api.post("api/questionnaires", EVALUATOR, questionnaire(name, "Da li ste zadovoljni?"), "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApiFixtures.Json.number(created.body(), "id");
        assertThat(created.body()).contains("\"version\":1", "\"purpose\":\"CORNER\"", "\"inUse\":false", "\"kind\":\"SINGLE\"");

        // When it is revised before any survey uses it
        HttpResponse<String> revised = api.put("api/questionnaires/" + id, EVALUATOR, questionnaire(name, "Da li vam je pomoć koristila?"));

        // Then the same version changes, and the list of current questionnaires shows the new text
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(ApiFixtures.Json.number(revised.body(), "id")).isEqualTo(id);
        assertThat(api.get("api/questionnaires/" + id, EVALUATOR, null).body()).contains("Da li vam je pomoć koristila?")
                .doesNotContain("Da li ste zadovoljni?");
        assertThat(api.get("api/questionnaires", EVALUATOR, null).body()).contains(name, "\"code\":\"participants\"",
                "\"code\":\"digital-corner\"", "\"code\":\"requester\"");
    }

    @Test
    void shouldAnswerTheMapWithoutAnAccountAndRefuseAnUnknownMeasureWith422() throws Exception {
        // When anyone asks for the map of citizens helped at Digital Corners
        HttpResponse<String> answer = api.get("api/map?measure=citizens_helped&from=2025-12-01", null, "en");

        // Then every in-scope LSGU is there once, with both names, its seat and a figure
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"measure\":\"CITIZENS_HELPED\"", "\"from\":\"2025-12-01\"",
                "\"code\":\"70645\"", "\"nameCyrl\":\"Крагујевац\"", "\"latitude\":44.01");
        assertThat(answer.body().split("\"code\":", -1)).hasSize(176);
        assertThat(answer.body()).doesNotContain("Priština");

        // When the measure is unknown, or the period runs backwards
        HttpResponse<String> refused = api.get("api/map?measure=HAPPINESS&from=2026-05-01&to=2026-01-01", null, "en");

        // Then each is named in a problem
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("problem+json"));
        assertThat(refused.body()).contains("\"measure\"", "\"to\"");
    }

    @Test
    void shouldNameEveryMissingTranslationWith422() throws Exception {
        String json = "{\"purpose\":\"PARTICIPANT\",\"name\":{\"srLatn\":\"Upitnik\",\"srCyrl\":\"Упитник\"},"
                + "\"questions\":[{\"kind\":\"RATING\",\"required\":true,\"text\":{\"srLatn\":\"Ocena\",\"srCyrl\":\"Оцена\",\"en\":\"Rating\"}},"
                + "{\"kind\":\"SOMETIMES\",\"text\":{\"srLatn\":\"a\",\"srCyrl\":\"а\",\"en\":\"a\"}}]}";

        HttpResponse<String> refused = api.post("api/questionnaires", EVALUATOR, json, "en");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("questions[1].kind");
    }

    @Test
    void shouldKeepQuestionnairesFromParticipantsWith403() throws Exception {
        assertThat(api.get("api/questionnaires", "official", null).statusCode()).isEqualTo(403);
        assertThat(api.post("api/feedback-surveys", "official", "{\"sessionId\":1}", null).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseASurveyOfASessionNotYetHeldWith422() throws Exception {
        long session = fixtures.publishedSession(5, null);

        HttpResponse<String> refused = api.post("api/feedback-surveys", EVALUATOR, "{\"sessionId\":" + session + "}", "en");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("once the session has ended");
        HttpResponse<String> two = api.post("api/feedback-surveys", EVALUATOR, "{\"sessionId\":" + session + ",\"caravanEventId\":1}", "en");
        assertThat(two.statusCode()).isEqualTo(422);
        assertThat(two.body()).contains("exactly one");
    }

    @Test
    void shouldAnswerAnUnknownLinkWith404WithoutAnAccount() throws Exception {
        HttpResponse<String> unknown = api.get("api/feedback/" + "A".repeat(43), null, "en");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(unknown.body()).contains("does not exist");
        assertThat(api.post("api/feedback/" + "B".repeat(43), null, "{\"answers\":[]}", "en").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldMarkAttendanceOnlyAsAnOrganizerAndFromTheSessionsStart() throws Exception {
        long session = fixtures.publishedSession(5, null);
        String json = "{\"registrationIds\":[1],\"attended\":true}";

        assertThat(api.post("api/sessions/" + session + "/attendance", "official", json, "en").statusCode()).isEqualTo(403);
        HttpResponse<String> early = api.post("api/sessions/" + session + "/attendance", "organizer", json, "en");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(early.body()).contains("from the day the session starts");
        HttpResponse<String> undecided = api.post("api/sessions/" + session + "/attendance", "organizer", "{\"registrationIds\":[1]}", "en");
        assertThat(undecided.statusCode()).isEqualTo(422);
        assertThat(undecided.body()).contains("attended");
    }

    @Test
    void shouldGiveResultsToEvaluatorsOnlyAndNameABadDay() throws Exception {
        HttpResponse<String> all = api.get("api/feedback-results?from=2026-01-01", EVALUATOR, "en");
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(all.body()).contains("\"surveys\":", "\"responseRate\":", "\"questions\":[");
        assertThat(api.get("api/feedback-results", "official", null).statusCode()).isEqualTo(403);
        HttpResponse<String> bad = api.get("api/feedback-results?from=yesterday", EVALUATOR, "en");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"from\"");
    }

    private static String questionnaire(String name, String question) {
        return "{\"purpose\":\"CORNER\",\"name\":{\"srLatn\":\"" + name + "\",\"srCyrl\":\"" + name + "\",\"en\":\"" + name + "\"},"
                + "\"questions\":[{\"kind\":\"SINGLE\",\"required\":true,\"text\":{\"srLatn\":\"" + question + "\",\"srCyrl\":\"Питање\","
                + "\"en\":\"Question\"},\"options\":[{\"code\":\"YES\",\"text\":{\"srLatn\":\"Da\",\"srCyrl\":\"Да\",\"en\":\"Yes\"}},"
                + "{\"code\":\"NO\",\"text\":{\"srLatn\":\"Ne\",\"srCyrl\":\"Не\",\"en\":\"No\"}}]}]}";
    }
}
