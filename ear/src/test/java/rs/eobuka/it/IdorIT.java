package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Other people's ids: every id the API takes in a path or a body, tried by a user who must not
 * reach it (another participant; a participant with an organizer's task or another requester's),
 * answers exactly as an id that does not exist, changes nothing, and the owner still reaches it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdorIT {

    private static final String NO_SUCH_ID = "987654321";
    private static final String NO_SUCH_TASK = "00000000-0000-0000-0000-000000000000";
    private static final String WORKSHOP = "workshop-scheduling";

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
    void shouldAnswerAnotherPersonsIdsAsIfTheyDidNotExist() throws Exception {
        // Given a participant with a registration waiting for an organizer's approval and a workshop request
        String owner = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        String other = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        long registration = fixtures.registered(fixtures.publishedSession(5, null), owner);
        String approval = fixtures.taskOf("training-registration", registration, ApiFixtures.PROPOSER);
        LocalDate day = LocalDate.now().plusDays(40);
        HttpResponse<String> submitted = api.post("api/workshop-requests", owner, "{\"topic\":\"E_PAY\",\"lsguCode\":\""
                + ApiFixtures.KRAGUJEVAC + "\",\"organisationName\":\"Gradska uprava\",\"expectedParticipants\":12,\"preferredWindows\":"
                + "[{\"from\":\"" + day + "\",\"to\":\"" + day.plusDays(3) + "\"}],\"contact\":\"064 111 222\"}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String request = String.valueOf(ApiFixtures.Json.number(submitted.body(), "id"));

        // When another participant tries each of those ids, and the same calls with ids that do not exist
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("read the registration", id -> api.get("api/registrations/" + id, other, null));
        calls.put("cancel the registration", id -> api.delete("api/registrations/" + id, other));
        calls.put("download its certificate", id -> api.get("api/registrations/" + id + "/certificate", other, null));
        calls.put("read the workshop request", id -> api.get("api/workshop-requests/" + id, other, null));
        calls.put("withdraw the workshop request", id -> api.post("api/workshop-requests/" + id + "/withdrawal", other,
                "{\"reason\":\"Ne treba nam više.\"}"));
        Map<String, String> ids = Map.of("read the registration", String.valueOf(registration), "cancel the registration", String.valueOf(registration),
                "download its certificate", String.valueOf(registration), "read the workshop request", request,
                "withdraw the workshop request", request);
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, Call> call : calls.entrySet()) {
            HttpResponse<String> theirs = call.getValue().send(ids.get(call.getKey()));
            HttpResponse<String> unknown = call.getValue().send(NO_SUCH_ID);
            if (theirs.statusCode() != 404 || unknown.statusCode() != 404) {
                leaks.add(call.getKey() + ": " + theirs.statusCode() + " for another's, " + unknown.statusCode() + " for an unknown id");
            }
        }
        // and tries to decide the organizer's task, alone and in a bulk approval
        HttpResponse<String> decided = api.post("api/tasks/" + approval + "/complete", other, "{\"decision\":\"APPROVE\"}");
        HttpResponse<String> unknownTask = api.post("api/tasks/" + NO_SUCH_TASK + "/complete", other, "{\"decision\":\"APPROVE\"}");
        HttpResponse<String> bulk = api.post("api/tasks/approvals", other, "{\"taskIds\":[\"" + approval + "\"]}");

        // Then every answer is the one for an id that does not exist
        assertThat(leaks).isEmpty();
        assertThat(decided.statusCode()).isEqualTo(404).isEqualTo(unknownTask.statusCode());
        assertThat(bulk.statusCode()).isEqualTo(200);
        assertThat(bulk.body()).contains("\"approved\":false");
        // and nothing changed: the owner still has both, the registration still waits for the organizer
        assertThat(api.get("api/registrations/" + registration, owner, null).body()).contains("PENDING_APPROVAL");
        assertThat(api.get("api/workshop-requests/" + request, owner, null).statusCode()).isEqualTo(200);
        assertThat(fixtures.taskOf("training-registration", registration, ApiFixtures.PROPOSER)).isEqualTo(approval);
        // and the same calls reach them for their owner, so the 404s above were refusals, not wrong addresses
        assertThat(api.post("api/workshop-requests/" + request + "/withdrawal", owner, "{\"reason\":\"Ne treba nam više.\"}").statusCode())
                .isEqualTo(200);
        assertThat(api.delete("api/registrations/" + registration, owner).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswerARequestersTaskToAnotherParticipantAsIfItDidNotExist() throws Exception {
        // Given a requester with an organizer's proposed slot to answer (a task of their own)
        String owner = fixtures.participant(ApiFixtures.KRAGUJEVAC, "EMPLOYER");
        String other = fixtures.participant(ApiFixtures.KRAGUJEVAC, "EMPLOYER");
        String organizer = fixtures.organizer();
        String trainer = setup("do=trainer&name=Trener%20IDOR").split("\n")[0];
        String venue = setup("do=venue&lsgu=" + ApiFixtures.KRAGUJEVAC + "&name=Sala%20" + ApiFixtures.unique("idor"));
        LocalDate day = LocalDate.now().plusDays(100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(3000));
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        HttpResponse<String> submitted = api.post("api/workshop-requests", owner, "{\"topic\":\"E_PAY\",\"lsguCode\":\""
                + ApiFixtures.KRAGUJEVAC + "\",\"organisationName\":\"Firma\",\"expectedParticipants\":12,\"preferredWindows\":"
                + "[{\"from\":\"" + day.minusDays(2) + "\",\"to\":\"" + day.plusDays(2) + "\"}],\"contact\":\"064 111 222\"}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        long request = ApiFixtures.Json.number(submitted.body(), "id");
        complete(fixtures.taskOf(WORKSHOP, request, organizer), organizer, "{\"decision\":\"ACCEPT\"}");
        complete(fixtures.taskOf(WORKSHOP, request, organizer), organizer, "{\"decision\":\"PROPOSE\",\"start\":\"" + day
                + "T10:00\",\"end\":\"" + day + "T13:00\",\"trainerIds\":[" + trainer + "],\"venueId\":" + venue + "}");
        String answer = fixtures.taskOf(WORKSHOP, request, owner);

        // When another participant accepts it, or counter-proposes, and does the same with a task that does not exist
        String counter = "{\"decision\":\"COUNTER\",\"preferredWindows\":[{\"from\":\"" + day.plusDays(7) + "\",\"to\":\""
                + day.plusDays(9) + "\"}],\"comment\":\"Drugi termin.\"}";
        HttpResponse<String> accepted = api.post("api/tasks/" + answer + "/complete", other, "{\"decision\":\"ACCEPT\"}");
        HttpResponse<String> countered = api.post("api/tasks/" + answer + "/complete", other, counter);
        HttpResponse<String> unknown = api.post("api/tasks/" + NO_SUCH_TASK + "/complete", other, "{\"decision\":\"ACCEPT\"}");

        // Then each answer is the one for a task that does not exist, and their task list does not show it
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(404).isEqualTo(unknown.statusCode());
        assertThat(countered.statusCode()).as(countered.body()).isEqualTo(404);
        assertThat(fixtures.hasTask(WORKSHOP, request, other)).isFalse();
        // and nothing changed: the slot is still proposed, the task still the requester's, who can accept it
        assertThat(ApiFixtures.Json.first(api.get("api/workshop-requests/" + request, owner, null).body(), "status")).isEqualTo("PROPOSED");
        assertThat(fixtures.taskOf(WORKSHOP, request, owner)).isEqualTo(answer);
        complete(answer, owner, "{\"decision\":\"ACCEPT\"}");
        assertThat(ApiFixtures.Json.first(api.get("api/workshop-requests/" + request, owner, null).body(), "status")).isEqualTo("CONFIRMED");
    }

    private void complete(String task, String user, String body) throws Exception {
        HttpResponse<String> response = api.post("api/tasks/" + task + "/complete", user, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private String setup(String query) throws Exception {
        HttpResponse<String> response = api.get(WorkshopSetupServlet.PATH + "?" + query, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().strip();
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send(String id) throws Exception;
    }
}
