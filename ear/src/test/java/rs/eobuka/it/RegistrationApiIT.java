package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.it.ApiFixtures.Json.first;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registering for a training session through the JSON API: the answers, the refusals in the
 * caller's language, the waiting list and its promotions, and the organizers' approval tasks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationApiIT {

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
    void shouldRegisterWithSeatPendingApprovalAndLocation() throws Exception {
        // Given a published session and an eligible participant
        long session = fixtures.publishedSession(5, null);
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");

        // When the participant registers
        HttpResponse<String> response = fixtures.register(session, participant);

        // Then a seat is held pending approval, and Location names the new registration
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = first(response.body(), "id");
        assertThat(first(response.body(), "status")).isEqualTo("PENDING_APPROVAL");
        assertThat(first(response.body(), "sessionId")).isEqualTo(Long.toString(session));
        assertThat(first(response.body(), "waitlistPosition")).isNull();
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/api/registrations/" + id));
        assertThat(first(fixtures.session(session), "seatsTaken")).isEqualTo("1");
    }

    @Test
    void shouldRegisterOnlyWithTheParticipantsConsentSentAsJson() throws Exception {
        // Given a published session and an eligible participant
        long session = fixtures.publishedSession(5, null);
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        String path = "api/sessions/" + session + "/registrations";

        // When they register with no body, with consent refused, and with consent sent as a form
        HttpResponse<String> noBody = api.post(path, participant, null, "en");
        HttpResponse<String> refused = api.post(path, participant, "{\"consent\": false}", "en");
        HttpResponse<String> form = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        participant.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("consent=true")).build(), HttpResponse.BodyHandlers.ofString());

        // Then consent is asked for by name, the form is not JSON, and nothing is registered
        assertThat(noBody.statusCode()).isEqualTo(422);
        assertProblem(noBody);
        assertThat(noBody.body()).contains("\"field\":\"consent\"", "Consent to the processing of your personal data is needed to register.");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"consent\"");
        assertThat(form.statusCode()).isEqualTo(415);
        assertProblem(form);
        assertThat(first(fixtures.session(session), "seatsTaken")).isEqualTo("0");
        assertThat(api.get("api/registrations", participant, null).body()).isEqualTo("[]");

        // When they send their consent as JSON, they are registered
        assertThat(fixtures.register(session, participant).statusCode()).isEqualTo(201);
    }

    @Test
    void shouldRefuseSecondRegistrationOfTheSamePersonWith409() throws Exception {
        // Given a participant registered for a session
        long session = fixtures.publishedSession(5, null);
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        fixtures.registered(session, participant);

        // When they register again
        HttpResponse<String> again = fixtures.register(session, participant);

        // Then it is a conflict, as problem+json, and only one seat is taken
        assertThat(again.statusCode()).isEqualTo(409);
        assertProblem(again);
        assertThat(again.body()).contains("Već imate aktivnu prijavu");
        assertThat(first(fixtures.session(session), "seatsTaken")).isEqualTo("1");
    }

    @Test
    void shouldRefuseAudienceNotAllowedWith422InEachCallersLanguage() throws Exception {
        // Given a session for civil-society organisations only, and a participant from a municipality
        long session = fixtures.publishedSession(5, null, "CSO");
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        String path = "api/sessions/" + session + "/registrations";

        // When they register, asking for each language in turn
        HttpResponse<String> latin = api.post(path, participant, ApiFixtures.CONSENT, null);
        HttpResponse<String> cyrillic = api.post(path, participant, ApiFixtures.CONSENT, "sr-Cyrl");
        HttpResponse<String> english = api.post(path, participant, ApiFixtures.CONSENT, "en");

        // Then each is refused with the reason in the language asked for (Serbian Latin by default)
        assertThat(latin.statusCode()).isEqualTo(422);
        assertProblem(latin);
        assertThat(latin.body()).contains("Ovaj termin nije namenjen vrsti organizacije u kojoj radite.");
        assertThat(cyrillic.statusCode()).isEqualTo(422);
        assertThat(cyrillic.body()).contains("Овај термин није намењен врсти организације у којој радите.");
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.body()).contains("This session is not open to your type of organisation.");
        // and a refusal leaves nothing behind
        assertThat(first(fixtures.session(session), "seatsTaken")).isEqualTo("0");
        assertThat(api.get("api/registrations", participant, null).body()).isEqualTo("[]");
    }

    @Test
    void shouldRefuseRegistrationOverTheMunicipalityQuotaWith422() throws Exception {
        // Given a session with one seat per municipality, taken by someone from Kragujevac
        long session = fixtures.publishedSession(5, 1);
        fixtures.registered(session, fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU"));

        // When a second person from Kragujevac and one from Čačak register
        HttpResponse<String> sameCity = api.post("api/sessions/" + session + "/registrations",
                fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU"), ApiFixtures.CONSENT, "en");
        HttpResponse<String> otherCity = fixtures.register(session, fixtures.participant(ApiFixtures.CACAK, "LSGU"));

        // Then Kragujevac has used its quota, Čačak has not
        assertThat(sameCity.statusCode()).isEqualTo(422);
        assertProblem(sameCity);
        assertThat(sameCity.body()).contains("Your municipality has used all the seats it may have at this session.");
        assertThat(otherCity.statusCode()).as(otherCity.body()).isEqualTo(201);
    }

    @Test
    void shouldAnswerUnknownSessionWith404() throws Exception {
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");

        HttpResponse<String> response = fixtures.register(987_654_321L, participant);

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response);
    }

    @Test
    void shouldShowRegistrationToItsOwnerOnlyAndToOthersAsIfItDidNotExist() throws Exception {
        // Given a registration
        long session = fixtures.publishedSession(5, null);
        String owner = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        long id = fixtures.registered(session, owner);

        // When its owner and another participant read it
        HttpResponse<String> byOwner = api.get("api/registrations/" + id, owner, null);
        String other = fixtures.participant(ApiFixtures.CACAK, "LSGU");
        HttpResponse<String> byOther = api.get("api/registrations/" + id, other, null);
        HttpResponse<String> unknown = api.get("api/registrations/999999999", other, null);

        // Then only the owner may; to the other it is an unknown id, answered as one (ids cannot be probed)
        assertThat(byOwner.statusCode()).isEqualTo(200);
        assertThat(first(byOwner.body(), "id")).isEqualTo(Long.toString(id));
        assertThat(byOther.statusCode()).isEqualTo(404);
        assertProblem(byOther);
        assertThat(byOther.body()).isEqualTo(unknown.body().replace("999999999", Long.toString(id)));
    }

    @Test
    void shouldPutThirdRegistrantOnWaitingListWithPosition() throws Exception {
        // Given a session with two seats, both taken
        long session = fixtures.publishedSession(2, null);
        fixtures.registered(session, fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU"));
        fixtures.registered(session, fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU"));
        String third = fixtures.participant(ApiFixtures.CACAK, "LSGU");
        String fourth = fixtures.participant(ApiFixtures.CACAK, "LSGU");

        // When two more register
        HttpResponse<String> thirdResponse = fixtures.register(session, third);
        HttpResponse<String> fourthResponse = fixtures.register(session, fourth);

        // Then they wait, first and second in line, and the owner sees the position
        assertThat(thirdResponse.statusCode()).isEqualTo(201);
        assertThat(first(thirdResponse.body(), "status")).isEqualTo("WAITLISTED");
        assertThat(first(thirdResponse.body(), "waitlistPosition")).isEqualTo("1");
        String fourthRegistration = fixtures.registration(Long.parseLong(first(fourthResponse.body(), "id")), fourth);
        assertThat(first(fourthRegistration, "status")).isEqualTo("WAITLISTED");
        assertThat(first(fourthRegistration, "waitlistPosition")).isEqualTo("2");
        String summary = fixtures.session(session);
        assertThat(first(summary, "seatsTaken")).isEqualTo("2");
        assertThat(first(summary, "waitlisted")).isEqualTo("2");
        // and nobody on the waiting list has an approval task yet
        assertThat(fixtures.hasTask(REGISTRATION_PROCESS, Long.parseLong(first(thirdResponse.body(), "id")), ApiFixtures.REVIEWER)).isFalse();
    }

    @Test
    void shouldPromoteHeadOfWaitingListWhenTheOwnerCancels() throws Exception {
        // Given a full session of one seat, with two people waiting
        long session = fixtures.publishedSession(1, null);
        String holder = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        long seat = fixtures.registered(session, holder);
        String head = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        long headId = fixtures.registered(session, head);
        String next = fixtures.participant(ApiFixtures.CACAK, "LSGU");
        long nextId = fixtures.registered(session, next);

        // When the seat holder cancels
        HttpResponse<String> cancelled = api.delete("api/registrations/" + seat, holder);

        // Then the registration is cancelled, the head of the list holds the seat with its own approval task,
        // and the next one moves up
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(first(cancelled.body(), "status")).isEqualTo("CANCELLED");
        String promoted = fixtures.registration(headId, head);
        assertThat(first(promoted, "status")).isEqualTo("PENDING_APPROVAL");
        assertThat(first(promoted, "waitlistPosition")).isNull();
        assertThat(fixtures.taskOf(REGISTRATION_PROCESS, headId, ApiFixtures.REVIEWER)).isNotBlank();
        assertThat(first(fixtures.registration(nextId, next), "waitlistPosition")).isEqualTo("1");
        assertThat(first(fixtures.session(session), "seatsTaken")).isEqualTo("1");
        assertThat(first(fixtures.session(session), "waitlisted")).isEqualTo("1");
        // and the cancelled seat's approval task is gone
        assertThat(fixtures.hasTask(REGISTRATION_PROCESS, seat, ApiFixtures.REVIEWER)).isFalse();
    }

    @Test
    void shouldRefuseCancellingTwiceWith409() throws Exception {
        long session = fixtures.publishedSession(3, null);
        String owner = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        long id = fixtures.registered(session, owner);
        assertThat(api.delete("api/registrations/" + id, owner).statusCode()).isEqualTo(200);

        HttpResponse<String> again = api.delete("api/registrations/" + id, owner);

        assertThat(again.statusCode()).isEqualTo(409);
        assertProblem(again);
    }

    @Test
    void shouldConfirmRegistrationWhenAnOrganizerApproves() throws Exception {
        // Given a registration with its approval task, keyed by the registration's id
        long session = fixtures.publishedSession(5, null);
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        long id = fixtures.registered(session, participant);
        String task = fixtures.taskOf(REGISTRATION_PROCESS, id, ApiFixtures.PROPOSER);

        // When an organizer approves it
        HttpResponse<String> completed = api.post("api/tasks/" + task + "/complete", ApiFixtures.PROPOSER, "{\"decision\":\"APPROVE\"}");

        // Then the registration is confirmed and the task is done
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        assertThat(first(completed.body(), "taskKey")).isEqualTo("Task_ApproveRegistration");
        assertThat(first(fixtures.registration(id, participant), "status")).isEqualTo("CONFIRMED");
        assertThat(fixtures.hasTask(REGISTRATION_PROCESS, id, ApiFixtures.PROPOSER)).isFalse();
        assertThat(first(fixtures.session(session), "seatsTaken")).isEqualTo("1");
    }

    @Test
    void shouldRequireReasonToRejectThenGiveTheSeatToTheWaitingList() throws Exception {
        // Given a one-seat session: one registration pending approval, one waiting
        long session = fixtures.publishedSession(1, null);
        String holder = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        long seat = fixtures.registered(session, holder);
        String waiting = fixtures.participant(ApiFixtures.CACAK, "LSGU");
        long waitingId = fixtures.registered(session, waiting);
        String task = fixtures.taskOf(REGISTRATION_PROCESS, seat, ApiFixtures.REVIEWER);

        // When an organizer rejects it without a reason
        HttpResponse<String> withoutReason = api.post("api/tasks/" + task + "/complete", ApiFixtures.REVIEWER,
                "{\"decision\":\"REJECT\"}");

        // Then it is refused, naming the field, and nothing changes
        assertThat(withoutReason.statusCode()).isEqualTo(422);
        assertProblem(withoutReason);
        assertThat(withoutReason.body()).contains("\"field\":\"reason\"");
        assertThat(first(fixtures.registration(seat, holder), "status")).isEqualTo("PENDING_APPROVAL");

        // When it is rejected with a reason
        HttpResponse<String> rejected = api.post("api/tasks/" + task + "/complete", ApiFixtures.REVIEWER,
                "{\"decision\":\"REJECT\",\"reason\":\"Obuka je namenjena službenicima pisarnice.\"}");

        // Then it is rejected and the waiting participant gets the seat, with an approval task
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(first(fixtures.registration(seat, holder), "status")).isEqualTo("REJECTED");
        assertThat(first(fixtures.registration(waitingId, waiting), "status")).isEqualTo("PENDING_APPROVAL");
        assertThat(fixtures.taskOf(REGISTRATION_PROCESS, waitingId, ApiFixtures.REVIEWER)).isNotBlank();
        assertThat(first(fixtures.session(session), "waitlisted")).isEqualTo("0");
    }

    @Test
    void shouldForbidTheProposerToApproveTheirOwnSessionWith403() throws Exception {
        // Given a session proposed by an organizer; its review task is keyed by the session's id
        String proposer = fixtures.organizer();
        HttpResponse<String> proposed = fixtures.propose(proposer, 10, null, "LSGU");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        assertThat(first(proposed.body(), "status")).isEqualTo("PROPOSED");
        assertThat(proposed.headers().firstValue("Location")).isPresent();
        long session = Long.parseLong(first(proposed.body(), "id"));
        String review = fixtures.taskOf(SESSION_PROCESS, session, proposer);

        // When the proposer approves it
        HttpResponse<String> own = api.post("api/tasks/" + review + "/complete", proposer, "{\"decision\":\"APPROVE\"}");

        // Then it is forbidden and the session stays out of the catalogue, until another organizer approves it
        assertThat(own.statusCode()).isEqualTo(403);
        assertProblem(own);
        assertThat(api.get("api/sessions/" + session, null, null).statusCode()).isEqualTo(404);
        HttpResponse<String> byAnother = api.post("api/tasks/" + review + "/complete", ApiFixtures.REVIEWER, "{\"decision\":\"APPROVE\"}");
        assertThat(byAnother.statusCode()).as(byAnother.body()).isEqualTo(200);
        assertThat(first(fixtures.session(session), "status")).isEqualTo("PUBLISHED");
    }

    @Test
    void shouldListOnlyTheAskedProcessesTasksNewestFirst() throws Exception {
        // Given an open session review and, newer, an open registration approval, both offered to organizers
        HttpResponse<String> proposed = fixtures.propose(ApiFixtures.PROPOSER, 5, null, "LSGU");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String underReview = first(proposed.body(), "id");
        long session = fixtures.publishedSession(5, null);
        String registration = Long.toString(fixtures.registered(session, fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU")));

        // When another organizer lists the tasks of one process, then of the other
        HttpResponse<String> approvals = api.get("api/tasks?processKey=" + REGISTRATION_PROCESS + "&max=200", ApiFixtures.REVIEWER, null);
        HttpResponse<String> reviews = api.get("api/tasks?processKey=" + SESSION_PROCESS + "&max=200", ApiFixtures.REVIEWER, null);

        // Then each list holds that process's tasks only, the newest first
        assertThat(approvals.statusCode()).isEqualTo(200);
        assertThat(first(approvals.body(), "businessKey")).isEqualTo(registration);
        assertThat(approvals.body()).doesNotContain("\"processKey\":\"" + SESSION_PROCESS + "\"");
        assertThat(reviews.statusCode()).isEqualTo(200);
        assertThat(reviews.body()).contains("\"businessKey\":\"" + underReview + "\"")
                .doesNotContain("\"processKey\":\"" + REGISTRATION_PROCESS + "\"");
    }

    @Test
    void shouldRefuseProposalsToParticipantsWith403() throws Exception {
        HttpResponse<String> response = fixtures.propose(fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU"), 10, null, "LSGU");

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response);
    }

    @Test
    void shouldSearchTheRosterByNameLiterallyWithPercentAndUnderscore() throws Exception {
        // Given a session with two registrants
        long session = fixtures.publishedSession(5, null);
        String ana = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        fixtures.registered(session, ana);
        fixtures.registered(session, fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU"));
        String roster = "api/sessions/" + session + "/registrations?name=";

        // When an organizer searches by a part of one name, and by the pattern characters of SQL's like
        HttpResponse<String> byName = api.get(roster + ana.substring(0, ana.indexOf(':')).toUpperCase(), ApiFixtures.PROPOSER, null);
        HttpResponse<String> byUnderscore = api.get(roster + "_", ApiFixtures.PROPOSER, null);
        HttpResponse<String> byPercent = api.get(roster + "%25", ApiFixtures.PROPOSER, null);

        // Then the name finds its one registrant, ignoring case, and % and _ match only themselves (no name has them)
        assertThat(byName.statusCode()).as(byName.body()).isEqualTo(200);
        assertThat(byName.headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(byUnderscore.headers().firstValue("X-Total-Count")).as(byUnderscore.body()).hasValue("0");
        assertThat(byPercent.headers().firstValue("X-Total-Count")).as(byPercent.body()).hasValue("0");
        assertThat(api.get(roster, ApiFixtures.PROPOSER, null).headers().firstValue("X-Total-Count")).hasValue("2");
    }

    @Test
    void shouldDescribeSessionAndRegistrationEndpointsInOpenApi() throws Exception {
        HttpResponse<String> response = api.get("openapi", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/sessions", "/api/sessions/{id}/registrations", "/api/registrations/{id}",
                "/api/tasks/{id}/complete");
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + response.statusCode(), "\"detail\":");
    }
}
