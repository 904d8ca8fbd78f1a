package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.it.ApiFixtures.Json.first;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The task API as the features' task decisions shape it: what each task is about, in the
 * caller's language; the search by it in any script; refusals (404 for a task no feature
 * decides, 422 naming the field); and the bulk approval of registrations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskApiIT {

    private static final String REGISTRATION_PROCESS = "training-registration";
    private static final String SESSION_PROCESS = "session-approval";

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
    void shouldSayWhoAndWhatARegistrationApprovalIsAboutInTheCallersLanguage() throws Exception {
        // Given a participant from Čačak registered for a session in Kragujevac
        long session = fixtures.publishedSession(5, null);
        String participant = fixtures.participant(ApiFixtures.CACAK, "LSGU");
        long registration = fixtures.registered(session, participant);
        String path = "api/tasks?processKey=" + REGISTRATION_PROCESS + "&businessKey=" + registration;

        // When an organizer lists it in Latin, Cyrillic and English
        String latin = subjectOf(api.get(path, ApiFixtures.REVIEWER, "sr-Latn"));
        String cyrillic = subjectOf(api.get(path, ApiFixtures.REVIEWER, "sr-Cyrl"));
        String english = subjectOf(api.get(path, ApiFixtures.REVIEWER, "en"));

        // Then each says who registered, from where, and for which session's city, in that script
        String name = "Učesnica " + user(participant);
        assertThat(latin).startsWith(name + " (Čačak) — ").contains(", Kragujevac, ");
        assertThat(cyrillic).startsWith(name + " (Чачак) — ").contains(", Крагујевац, ");
        assertThat(english).startsWith(name + " (Čačak) — ").contains(", Kragujevac, ");
        assertThat(api.get(path, ApiFixtures.REVIEWER, "en").body()).contains("\"bulkApprovable\":true");
    }

    @Test
    void shouldFindTheApprovalByTheParticipantsNameTypedInAnyScript() throws Exception {
        // Given two registrations for one session, of two different participants
        long session = fixtures.publishedSession(5, null);
        String wanted = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        long wantedId = fixtures.registered(session, wanted);
        long otherId = fixtures.registered(session, fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU"));

        // When an organizer searches the inbox by the first one's name: as written, in Cyrillic, and without diacritics
        String written = search("Učesnica " + user(wanted));
        String cyrillic = search("УЧЕСНИЦА " + user(wanted));
        String plain = search("ucesnica " + user(wanted));

        // Then each search finds that registration's approval only
        for (String found : new String[] {written, cyrillic, plain}) {
            assertThat(found).contains("\"businessKey\":\"" + wantedId + "\"").doesNotContain("\"businessKey\":\"" + otherId + "\"");
        }
        // and a text nobody's task is about finds nothing
        assertThat(search("Učesnica " + user(wanted) + "-nema")).isEqualTo("[]");
    }

    @Test
    void shouldGiveATaskCreatedWithoutSearchTextOneAfterTheEngineStarts() throws Exception {
        // Given an approval whose search text is missing, as for a task created before tasks had one
        long session = fixtures.publishedSession(5, null);
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        long registration = fixtures.registered(session, participant);
        String task = fixtures.taskOf(REGISTRATION_PROCESS, registration, ApiFixtures.REVIEWER);
        assertThat(api.get("e2e-setup?do=forgetSearchText&task=" + task, null, null).statusCode()).isEqualTo(200);
        assertThat(search("Učesnica " + user(participant))).isEqualTo("[]");

        // When the missing search texts are written (the engine's start does it in the background)
        HttpResponse<String> filled = api.get("e2e-setup?do=backfillSearchTexts", null, null);

        // Then the search finds the approval again
        assertThat(filled.statusCode()).as(filled.body()).isEqualTo(200);
        assertThat(Integer.parseInt(filled.body().strip())).isPositive();
        assertThat(search("Učesnica " + user(participant))).contains("\"businessKey\":\"" + registration + "\"");
    }

    @Test
    void shouldAnswer404ForATaskNoFeatureDecides() throws Exception {
        // Given a task of no process, assigned to an organizer
        String organizer = fixtures.organizer();
        HttpResponse<String> created = api.get("e2e-setup?do=standaloneTask&username=" + user(organizer), null, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String task = created.body().strip();

        // When the organizer approves it through the API
        HttpResponse<String> response = api.post("api/tasks/" + task + "/complete", organizer, "{\"decision\":\"APPROVE\"}", "en");

        // Then it is not found as a task that takes a decision
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertProblem(response);
        assertThat(response.body()).contains("not completed with an approve or reject decision");
    }

    @Test
    void shouldRefuseAMissingDecisionWith422NamingDecision() throws Exception {
        long session = fixtures.publishedSession(5, null);
        long registration = fixtures.registered(session, fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU"));
        String task = fixtures.taskOf(REGISTRATION_PROCESS, registration, ApiFixtures.REVIEWER);

        HttpResponse<String> missing = api.post("api/tasks/" + task + "/complete", ApiFixtures.REVIEWER, "{\"reason\":\"x\"}");
        HttpResponse<String> unknown = api.post("api/tasks/" + task + "/complete", ApiFixtures.REVIEWER, "{\"decision\":\"MAYBE\"}");

        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(422);
        assertProblem(missing);
        assertThat(missing.body()).contains("\"field\":\"decision\"");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"field\":\"decision\"");
        assertThat(fixtures.hasTask(REGISTRATION_PROCESS, registration, ApiFixtures.REVIEWER)).isTrue();
    }

    @Test
    void shouldRefuseReturningASessionWithoutAReasonThenADecisionOnItsRevisionWith422() throws Exception {
        // Given a proposed session under review
        String proposer = fixtures.organizer();
        HttpResponse<String> proposed = fixtures.propose(proposer, 10, null, "LSGU");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        long session = Long.parseLong(first(proposed.body(), "id"));
        String review = fixtures.taskOf(SESSION_PROCESS, session, ApiFixtures.REVIEWER);

        // When the reviewer returns it without a reason
        HttpResponse<String> withoutReason = api.post("api/tasks/" + review + "/complete", ApiFixtures.REVIEWER, "{\"decision\":\"REJECT\"}");

        // Then the reason is asked for
        assertThat(withoutReason.statusCode()).as(withoutReason.body()).isEqualTo(422);
        assertProblem(withoutReason);
        assertThat(withoutReason.body()).contains("\"field\":\"reason\"");

        // When it is returned with a reason, and the proposer tries to approve the revision task that follows
        HttpResponse<String> returned = api.post("api/tasks/" + review + "/complete", ApiFixtures.REVIEWER,
                "{\"decision\":\"REJECT\",\"reason\":\"Sala je premala.\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        String revision = fixtures.taskOf(SESSION_PROCESS, session, proposer);
        HttpResponse<String> onRevision = api.post("api/tasks/" + revision + "/complete", proposer, "{\"decision\":\"APPROVE\"}");

        // Then the revision, a form to fill, refuses the decision, and stays open
        assertThat(onRevision.statusCode()).as(onRevision.body()).isEqualTo(422);
        assertProblem(onRevision);
        assertThat(onRevision.body()).contains("\"field\":\"decision\"");
        assertThat(fixtures.hasTask(SESSION_PROCESS, session, proposer)).isTrue();
    }

    @Test
    void shouldApproveRegistrationsInBulkAndRefuseTasksThatNeedALookEach() throws Exception {
        // Given two registrations waiting for approval and a session waiting for review
        long session = fixtures.publishedSession(5, null);
        String first = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        String second = fixtures.participant(ApiFixtures.CACAK, "LSGU");
        long firstId = fixtures.registered(session, first);
        long secondId = fixtures.registered(session, second);
        String firstTask = fixtures.taskOf(REGISTRATION_PROCESS, firstId, ApiFixtures.REVIEWER);
        String secondTask = fixtures.taskOf(REGISTRATION_PROCESS, secondId, ApiFixtures.REVIEWER);
        HttpResponse<String> proposed = fixtures.propose(ApiFixtures.PROPOSER, 10, null, "LSGU");
        long underReview = Long.parseLong(first(proposed.body(), "id"));
        String review = fixtures.taskOf(SESSION_PROCESS, underReview, ApiFixtures.REVIEWER);

        // When an organizer approves the three at once
        HttpResponse<String> response = api.post("api/tasks/approvals", ApiFixtures.REVIEWER,
                "{\"taskIds\":[\"" + firstTask + "\",\"" + secondTask + "\",\"" + review + "\"]}", "en");

        // Then both registrations are confirmed, and the session's review is refused, naming why, and stays open
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(outcome(response.body(), firstTask)).contains("\"approved\":true");
        assertThat(outcome(response.body(), secondTask)).contains("\"approved\":true");
        assertThat(outcome(response.body(), review)).contains("\"approved\":false", "\"field\":\"decision\"", "open it and decide");
        assertThat(first(fixtures.registration(firstId, first), "status")).isEqualTo("CONFIRMED");
        assertThat(first(fixtures.registration(secondId, second), "status")).isEqualTo("CONFIRMED");
        assertThat(fixtures.hasTask(SESSION_PROCESS, underReview, ApiFixtures.REVIEWER)).isTrue();
    }

    @Test
    void shouldRefuseAnEmptyBulkApprovalWith422NamingTaskIds() throws Exception {
        HttpResponse<String> response = api.post("api/tasks/approvals", ApiFixtures.REVIEWER, "{\"taskIds\":[]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertProblem(response);
        assertThat(response.body()).contains("\"field\":\"taskIds\"");
    }

    private String search(String text) throws Exception {
        HttpResponse<String> response = api.get("api/tasks?processKey=" + REGISTRATION_PROCESS + "&max=200&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8), ApiFixtures.REVIEWER, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String subjectOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String subject = first(response.body(), "subject");
        assertThat(subject).as("subject in " + response.body()).isNotBlank();
        return subject;
    }

    /** The object of one task in a bulk approval's answer. */
    private static String outcome(String json, String taskId) {
        Matcher m = Pattern.compile("\\{[^{}]*\"taskId\":\"" + Pattern.quote(taskId) + "\"[^{}]*\\}").matcher(json);
        assertThat(m.find()).as("outcome of " + taskId + " in " + json).isTrue();
        return m.group();
    }

    private static String user(String credentials) {
        return credentials.substring(0, credentials.indexOf(':'));
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + response.statusCode(), "\"detail\":");
    }
}
