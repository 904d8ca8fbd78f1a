package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.it.ApiFixtures.Json.first;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Workshop requests over the JSON API, through the workshop-scheduling process: the whole way
 * from a participant's request to a published session that takes registrations, with the
 * e-mails and calendar files; who may see a request; refusals naming each field; and a booking
 * conflict that leaves the proposal task open. Each test books a trainer and a venue of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkshopRequestApiIT {

    private static final String PROCESS = "workshop-scheduling";

    @ArquillianResource
    URL base;

    private ApiClient api;
    private ApiFixtures fixtures;
    private LocalDate day;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
        fixtures = new ApiFixtures(api);
        // a working day well ahead, different for each test, inside every request's window
        LocalDate candidate = LocalDate.now(ZoneId.of("Europe/Belgrade")).plusDays(60 + ThreadLocalRandom.current().nextInt(2000));
        while (candidate.getDayOfWeek() == DayOfWeek.SATURDAY || candidate.getDayOfWeek() == DayOfWeek.SUNDAY) {
            candidate = candidate.plusDays(1);
        }
        day = candidate;
    }

    @Test
    void shouldRunRequestToPublishedSessionThatAcceptsRegistrations() throws Exception {
        // Given an employer, an organizer, and a trainer and a venue free on the day
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "EMPLOYER");
        String organizer = fixtures.organizer();
        String[] trainer = setup("do=trainer&name=Trener%20Radionice").split("\n");
        String venue = setup("do=venue&lsgu=" + ApiFixtures.KRAGUJEVAC + "&name=Sala%20" + ApiFixtures.unique("w"));

        // When the participant asks for a workshop
        HttpResponse<String> submitted = api.post("api/workshop-requests", participant,
                request("E_PAY", ApiFixtures.KRAGUJEVAC).replace("}]", "}],\"lsguOnly\":true"));

        // Then it is submitted, and Location names it
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        long id = ApiFixtures.Json.number(submitted.body(), "id");
        assertThat(first(submitted.body(), "status")).isEqualTo("SUBMITTED");
        assertThat(submitted.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/api/workshop-requests/" + id));

        // When an organizer accepts it, finds the free slots and proposes the first
        complete(fixtures.taskOf(PROCESS, id, organizer), organizer, "{\"decision\":\"ACCEPT\"}", 200);
        assertThat(first(get(id, participant), "status")).isEqualTo("ACCEPTED");
        HttpResponse<String> slots = api.get("api/workshop-requests/" + id + "/free-slots?trainerId=" + trainer[0] + "&venueId=" + venue,
                organizer, null);
        assertThat(slots.statusCode()).as(slots.body()).isEqualTo(200);
        assertThat(slots.body()).contains("\"start\":\"" + day + "T09:00:00\"");
        complete(fixtures.taskOf(PROCESS, id, organizer), organizer, proposal(trainer[0], venue, "10:00", "13:00"), 200);

        // Then the requester sees the proposed slot and has a task to answer it
        String proposed = get(id, participant);
        assertThat(first(proposed, "status")).isEqualTo("PROPOSED");
        assertThat(first(proposed, "start")).isEqualTo(day + "T10:00:00");
        assertThat(proposed).contains("\"trainerIds\":[" + trainer[0] + "]");

        // When the requester accepts
        complete(fixtures.taskOf(PROCESS, id, participant), participant, "{\"decision\":\"ACCEPT\"}", 200);

        // Then the workshop is confirmed and published as a session in the catalogue
        String confirmed = get(id, participant);
        assertThat(first(confirmed, "status")).isEqualTo("CONFIRMED");
        long session = ApiFixtures.Json.number(confirmed, "sessionId");
        HttpResponse<String> listed = api.get("api/sessions?lsguCode=" + ApiFixtures.KRAGUJEVAC + "&from=" + day + "&to=" + day
                + "&max=200", null, null);
        assertThat(listed.body()).contains("\"id\":" + session + ",");
        assertThat(first(fixtures.session(session), "start")).isEqualTo(day + "T10:00:00");
        // and takes registrations through the registration process, from the requester's LSGU only as they asked
        String attendee = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        assertThat(fixtures.register(session, attendee).statusCode()).isEqualTo(201);
        HttpResponse<String> outsider = fixtures.register(session, fixtures.participant(ApiFixtures.CACAK, "LSGU"));
        assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(422);
        assertThat(outsider.body()).contains("samo za zaposlene iz lokalne samouprave");
        // and from the requester's own kind of organisation, which the ePay training alone does not admit
        assertThat(fixtures.register(session, fixtures.participant(ApiFixtures.KRAGUJEVAC, "EMPLOYER")).statusCode()).isEqualTo(201);
        assertThat(first(fixtures.session(session), "seatsTaken")).isEqualTo("2");
        // and the requester and the trainer got the slot with its calendar file
        String calendarFile = "eobuka-session-" + session + ".ics";
        assertThat(outboxOf(participant.substring(0, participant.indexOf(':')) + "@example.rs"))
                .contains("radionica potvrđena", calendarFile, "predlog termina");
        assertThat(outboxOf(trainer[1])).contains(calendarFile);
        // and the organizer has the logistics checklist next
        assertThat(api.get("api/tasks?processKey=" + PROCESS + "&businessKey=" + id, organizer, null).body())
                .contains("\"taskKey\":\"Task_LogisticsChecklist\"");
        // and the session is cancelled by withdrawing the workshop, not as an approved session
        HttpResponse<String> cancel = api.post("api/sessions/" + session + "/cancellation", ApiFixtures.PROPOSER,
                "{\"reason\":\"Sala nije slobodna\"}", "en");
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(409);
        assertThat(cancel.body()).contains("withdraw the workshop request");
        assertThat(first(fixtures.session(session), "status")).isEqualTo("PUBLISHED");
    }

    @Test
    void shouldShowRequestOnlyToItsRequesterAndOrganizers() throws Exception {
        // Given a participant's request
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        long id = submit(participant);
        String other = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");

        // When another participant, and an organizer, ask for it
        HttpResponse<String> refused = api.get("api/workshop-requests/" + id, other, "en");
        HttpResponse<String> unknown = api.get("api/workshop-requests/999999999", other, "en");
        HttpResponse<String> organizer = api.get("api/workshop-requests/" + id, ApiFixtures.PROPOSER, null);

        // Then to the other participant it does not exist, as an unknown id, in their language; the organizer sees it
        assertThat(refused.statusCode()).isEqualTo(404);
        assertProblem(refused);
        assertThat(refused.body()).contains("The workshop request does not exist.");
        assertThat(refused.body()).isEqualTo(unknown.body().replace("999999999", Long.toString(id)));
        assertThat(organizer.statusCode()).isEqualTo(200);
        // and each participant's list holds their own requests only
        HttpResponse<String> mine = api.get("api/workshop-requests", other, null);
        assertThat(mine.body()).isEqualTo("[]");
        assertThat(mine.headers().firstValue("X-Total-Count")).hasValue("0");
        HttpResponse<String> theirs = api.get("api/workshop-requests?status=SUBMITTED", participant, null);
        assertThat(theirs.body()).contains("\"id\":" + id + ",");
        assertThat(theirs.headers().firstValue("X-Total-Count")).hasValue("1");
    }

    @Test
    void shouldRefuseBadRequestAndBadProposalWith422NamingEachField() throws Exception {
        // Given a participant and a submitted request, which cannot be attached to a caravan event that is not planned
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        long id = submit(participant);
        HttpResponse<String> attach = api.post("api/tasks/" + fixtures.taskOf(PROCESS, id, ApiFixtures.PROPOSER) + "/complete",
                ApiFixtures.PROPOSER, "{\"decision\":\"ATTACH\",\"caravanEventId\":987654321}", "en");
        assertThat(attach.statusCode()).as(attach.body()).isEqualTo(422);
        assertThat(attach.body()).contains("\"field\":\"caravanEventId\"", "no planned caravan event");
        // and, accepted, goes on to the proposal
        complete(fixtures.taskOf(PROCESS, id, ApiFixtures.PROPOSER), ApiFixtures.PROPOSER, "{\"decision\":\"ACCEPT\"}", 200);

        // When a request comes with a bad topic, no municipality or organisation, nobody expected and no window
        HttpResponse<String> request = api.post("api/workshop-requests", participant,
                "{\"topic\":\"NOPE\",\"expectedParticipants\":0,\"preferredWindows\":[]}", "en");
        // and a proposal with an unreadable start, no end and no trainer
        HttpResponse<String> proposal = api.post("api/tasks/" + fixtures.taskOf(PROCESS, id, ApiFixtures.PROPOSER) + "/complete",
                ApiFixtures.PROPOSER, "{\"decision\":\"PROPOSE\",\"start\":\"tomorrow\",\"trainerIds\":[]}", "sr");

        // Then both are refused with 422, naming every bad field in the caller's language
        assertThat(request.statusCode()).as(request.body()).isEqualTo(422);
        assertProblem(request);
        assertThat(request.body()).contains("\"field\":\"topic\"", "\"field\":\"lsguCode\"", "\"field\":\"organisationName\"",
                "\"field\":\"expectedParticipants\"", "\"field\":\"preferredWindows\"", "Give at least one preferred window");
        assertThat(proposal.statusCode()).as(proposal.body()).isEqualTo(422);
        assertThat(proposal.body()).contains("\"field\":\"start\"", "\"field\":\"end\"", "\"field\":\"trainerIds\"",
                "Izaberite bar jednog predavača");
        // and the proposal task is still open
        assertThat(fixtures.hasTask(PROCESS, id, ApiFixtures.PROPOSER)).isTrue();
    }

    @Test
    void shouldRefuseConflictingProposalWith409AndKeepTheTaskOpenUntilTheOtherIsWithdrawn() throws Exception {
        // Given two accepted requests and one trainer and venue, the first request proposed 10:00–13:00
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        String trainer = setup("do=trainer&name=Trener%20Sukoba").split("\n")[0];
        String venue = setup("do=venue&lsgu=" + ApiFixtures.KRAGUJEVAC + "&name=Sala%20" + ApiFixtures.unique("c"));
        long first = submit(participant);
        long second = submit(participant);
        for (long id : new long[] {first, second}) {
            complete(fixtures.taskOf(PROCESS, id, ApiFixtures.PROPOSER), ApiFixtures.PROPOSER, "{\"decision\":\"ACCEPT\"}", 200);
        }
        complete(fixtures.taskOf(PROCESS, first, ApiFixtures.PROPOSER), ApiFixtures.PROPOSER, proposal(trainer, venue, "10:00", "13:00"), 200);

        // When the second request is proposed with the same trainer at an overlapping time
        String secondTask = fixtures.taskOf(PROCESS, second, ApiFixtures.PROPOSER);
        HttpResponse<String> clash = api.post("api/tasks/" + secondTask + "/complete", ApiFixtures.PROPOSER,
                proposal(trainer, venue, "11:00", "14:00"), "en");

        // Then it is a conflict naming the trainers, the task stays open and the request unchanged
        assertThat(clash.statusCode()).as(clash.body()).isEqualTo(409);
        assertProblem(clash);
        assertThat(clash.body()).contains("\"field\":\"trainerIds\"");
        assertThat(fixtures.taskOf(PROCESS, second, ApiFixtures.PROPOSER)).isEqualTo(secondTask);
        assertThat(first(get(second, participant), "status")).isEqualTo("ACCEPTED");

        // When the requester withdraws the first request (a reason is required)
        HttpResponse<String> noReason = api.post("api/workshop-requests/" + first + "/withdrawal", participant, "{}", "en");
        HttpResponse<String> withdrawn = api.post("api/workshop-requests/" + first + "/withdrawal", participant,
                "{\"reason\":\"Sala je zauzeta tog dana.\"}");

        // Then its bookings are released and the same slot can be proposed for the second
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(first(withdrawn.body(), "status")).isEqualTo("WITHDRAWN");
        assertThat(fixtures.hasTask(PROCESS, first, participant)).isFalse();
        complete(secondTask, ApiFixtures.PROPOSER, proposal(trainer, venue, "11:00", "14:00"), 200);
        assertThat(first(get(second, participant), "status")).isEqualTo("PROPOSED");
    }

    @Test
    void shouldSendCounterProposalBackToTheOrganizer() throws Exception {
        // Given a proposal waiting for the requester
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        String trainer = setup("do=trainer&name=Trener%20Kontra").split("\n")[0];
        long id = submit(participant);
        complete(fixtures.taskOf(PROCESS, id, ApiFixtures.PROPOSER), ApiFixtures.PROPOSER, "{\"decision\":\"DECLINE\"}", 422);
        complete(fixtures.taskOf(PROCESS, id, ApiFixtures.PROPOSER), ApiFixtures.PROPOSER, "{\"decision\":\"ACCEPT\"}", 200);
        complete(fixtures.taskOf(PROCESS, id, ApiFixtures.PROPOSER), ApiFixtures.PROPOSER,
                "{\"decision\":\"PROPOSE\",\"start\":\"" + day + "T09:00\",\"end\":\"" + day + "T12:00\",\"trainerIds\":[" + trainer
                        + "],\"venueId\":null}", 200);

        // When the requester counter-proposes other dates
        LocalDate later = day.plusDays(14);
        complete(fixtures.taskOf(PROCESS, id, participant), participant, "{\"decision\":\"COUNTER\",\"preferredWindows\":[{\"from\":\""
                + later + "\",\"to\":\"" + later.plusDays(2) + "\"}],\"comment\":\"Te nedelje imamo sednicu veća.\"}", 200);

        // Then the request is back with the organizers with the new window and the comment
        String request = get(id, participant);
        assertThat(first(request, "status")).isEqualTo("ACCEPTED");
        assertThat(first(request, "counterComment")).isEqualTo("Te nedelje imamo sednicu veća.");
        assertThat(first(request, "from")).isEqualTo(later.toString());
        assertThat(api.get("api/tasks?processKey=" + PROCESS + "&businessKey=" + id, ApiFixtures.PROPOSER, null).body())
                .contains("\"taskKey\":\"Task_ProposeSlot\"");
    }

    @Test
    void shouldEscalateRemindFlagAndReportThroughTheProcessTimers() throws Exception {
        // Given a request nobody triaged in time (its timer fired as if three working days had passed)
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        String organizer = fixtures.organizer();
        String trainer = setup("do=trainer&name=Trener%20Tajmera").split("\n")[0];
        String venue = setup("do=venue&lsgu=" + ApiFixtures.KRAGUJEVAC + "&name=Sala%20" + ApiFixtures.unique("t"));
        long id = submit(participant);
        setup("do=fire&request=" + id + "&timer=Timer_TriageOverdue");
        // Then every organizer hears of it and the triage stays open
        assertThat(outboxOf(email(organizer))).contains("čeka razmatranje");
        complete(fixtures.taskOf(PROCESS, id, organizer), organizer, "{\"decision\":\"ACCEPT\"}", 200);

        // When a proposal goes unanswered past the reminder and the due date
        complete(fixtures.taskOf(PROCESS, id, organizer), organizer, proposal(trainer, venue, "10:00", "13:00"), 200);
        setup("do=fire&request=" + id + "&timer=Timer_AnswerReminder");
        setup("do=fire&request=" + id + "&timer=Timer_NoAnswer");
        // Then the requester was reminded, and the request is back with the organizers, flagged
        assertThat(outboxOf(email(participant))).contains("podsetnik");
        String lapsed = get(id, participant);
        assertThat(first(lapsed, "status")).isEqualTo("ACCEPTED");
        assertThat(first(lapsed, "noAnswer")).isEqualTo("true");
        assertThat(outboxOf(email(organizer))).contains("nema odgovora");

        // When the organizer proposes again and the requester accepts
        complete(fixtures.taskOf(PROCESS, id, organizer), organizer, proposal(trainer, venue, "13:00", "16:00"), 200);
        assertThat(first(get(id, participant), "noAnswer")).isEqualTo("false");
        complete(fixtures.taskOf(PROCESS, id, participant), participant, "{\"decision\":\"ACCEPT\"}", 200);

        // and ticks one checklist item, tries to complete it unfinished, and lets two days before the event come
        String checklist = fixtures.taskOf(PROCESS, id, organizer);
        complete(checklist, organizer, "{\"decision\":\"TICK\",\"items\":[\"VENUE_CONFIRMED\"]}", 200);
        HttpResponse<String> unfinished = api.post("api/tasks/" + checklist + "/complete", organizer, "{\"decision\":\"COMPLETE\"}", "en");
        setup("do=fire&request=" + id + "&timer=Timer_ChecklistDue");

        // Then the tick is kept, completion is refused naming the items, and the checklist is flagged
        assertThat(unfinished.statusCode()).as(unfinished.body()).isEqualTo(422);
        assertThat(unfinished.body()).contains("\"field\":\"items\"");
        String flagged = get(id, participant);
        assertThat(flagged).contains("\"checklist\":[\"VENUE_CONFIRMED\"]");
        assertThat(first(flagged, "checklistFlagged")).isEqualTo("true");

        // When the rest is ticked, the day passes and the organizer files the report
        complete(checklist, organizer, "{\"decision\":\"COMPLETE\",\"items\":[\"TRAINER_TRAVEL\",\"MATERIALS_PRINTED\","
                + "\"EQUIPMENT\",\"PROMOTION_ANNOUNCED\"]}", 200);
        setup("do=fire&request=" + id + "&timer=Event_EventDay");
        complete(fixtures.taskOf(PROCESS, id, organizer), organizer,
                "{\"decision\":\"REPORT\",\"issues\":\"Slab internet u sali.\",\"nextRequests\":\"Radionica o eUpravi za mesne zajednice.\"}", 200);

        // Then the workshop is held with its report, and nothing is left open
        String held = get(id, participant);
        assertThat(first(held, "status")).isEqualTo("HELD");
        assertThat(first(held, "participantsPresent")).isEqualTo("0");
        assertThat(first(held, "reportNextRequests")).isEqualTo("Radionica o eUpravi za mesne zajednice.");
        assertThat(fixtures.hasTask(PROCESS, id, organizer)).isFalse();
        assertThat(outboxOf(email(participant))).contains("radionica održana");
    }

    private static String email(String user) {
        return user.substring(0, user.indexOf(':')) + "@example.rs";
    }

    private long submit(String participant) throws Exception {
        HttpResponse<String> submitted = api.post("api/workshop-requests", participant, request("E_SICK_LEAVE", ApiFixtures.KRAGUJEVAC));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        return ApiFixtures.Json.number(submitted.body(), "id");
    }

    /** A request whose one window runs from two days before the test's day to two days after; the requester offers a venue. */
    private String request(String topic, String lsgu) {
        return "{\"topic\":\"" + topic + "\",\"lsguCode\":\"" + lsgu + "\",\"organisationName\":\"Gradska uprava\","
                + "\"expectedParticipants\":12,\"preferredWindows\":[{\"from\":\"" + day.minusDays(2) + "\",\"to\":\""
                + day.plusDays(2) + "\"}],\"venueOffer\":\"Naša sala za sastanke\",\"contact\":\"064 111 222\"}";
    }

    private String proposal(String trainer, String venue, String from, String to) {
        return "{\"decision\":\"PROPOSE\",\"start\":\"" + day + "T" + from + "\",\"end\":\"" + day + "T" + to + "\",\"trainerIds\":["
                + trainer + "],\"venueId\":" + venue + "}";
    }

    private void complete(String task, String user, String body, int expected) throws Exception {
        HttpResponse<String> response = api.post("api/tasks/" + task + "/complete", user, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
    }

    private String get(long id, String user) throws Exception {
        HttpResponse<String> response = api.get("api/workshop-requests/" + id, user, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private String outboxOf(String address) throws Exception {
        HttpResponse<String> mail = api.get("api/admin/outbox?to=" + address + "&max=20", "admin", "sr");
        assertThat(mail.statusCode()).as(mail.body()).isEqualTo(200);
        return mail.body();
    }

    private String setup(String query) throws Exception {
        HttpResponse<String> response = api.get(WorkshopSetupServlet.PATH + "?" + query, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().strip();
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + response.statusCode(), "\"detail\":");
    }
}
