package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;
import rs.eobuka.it.CompetitionFixtures;

/**
 * Markup typed into the application's text fields through the API, by the people who type them
 * there: each field gets a payload of its own ({@link XssPayloadIT#payload}) that begins with a
 * marker, and the pages where each one is read are noted by who reads them. A crawl then checks
 * that every payload is shown as the text typed and that nothing of any of them ran.
 */
final class TypedMarkup {

    static final ZoneId SERBIA = ZoneId.of("Europe/Belgrade");

    private final ApiClient api;
    private final ApiFixtures fixtures;
    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));

    /** The payload of each field, by the field's name. */
    final Map<String, String> payloads = new LinkedHashMap<>();
    /** The pages where the payloads are read, by who reads them ("" for anyone). */
    final Map<String, Set<String>> pages = new LinkedHashMap<>();

    TypedMarkup(ApiClient api) {
        this.api = api;
        this.fixtures = new ApiFixtures(api);
    }

    /**
     * A new payload for a field. Its marker begins with "0" so that lists sorted by name show it
     * on their first page, or with the given prefix.
     */
    String payload(String field) {
        return payload(field, "0");
    }

    String payload(String field, String prefix) {
        String marker = prefix + "x" + field.replaceAll("[^A-Za-z]", "") + run;
        String payload = XssPayloadIT.payload(marker);
        payloads.put(field, payload);
        return payload;
    }

    void page(String who, String path) {
        pages.computeIfAbsent(who, w -> new LinkedHashSet<>()).add(path);
    }

    /** A participant's registrations: one waiting for approval, one refused with a reason. */
    void registrations(String participant) throws IOException, InterruptedException {
        long pendingSession = fixtures.publishedSession(30, null);
        long pending = fixtures.registered(pendingSession, participant);
        page(ApiFixtures.PROPOSER, "/tasks/registration-approval.xhtml?taskId="
                + fixtures.taskOf("training-registration", pending, ApiFixtures.PROPOSER));
        page(ApiFixtures.PROPOSER, "/organizer/roster.xhtml?session=" + pendingSession);

        long refused = fixtures.registered(fixtures.publishedSession(30, null), participant);
        String task = fixtures.taskOf("training-registration", refused, ApiFixtures.PROPOSER);
        created(api.post("api/tasks/" + task + "/complete", ApiFixtures.PROPOSER,
                "{\"decision\":\"REJECT\",\"reason\":\"" + json(payload("rejection reason")) + "\"}"), 200);
        page(participant, "/registrations/registration.xhtml?id=" + refused);
        // the refusal's e-mail (plain text) carries the reason as typed
        String address = CompetitionFixtures.name(participant) + "@example.rs";
        String reason = json(payloads.get("rejection reason"));
        long deadline = System.nanoTime() + 60_000_000_000L;
        String mail = "";
        while (!mail.contains(reason) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            mail = api.get("api/admin/outbox?to=" + address + "&max=10", "admin", "en").body();
        }
        assertThat(mail).as("the refusal's e-mail").contains(reason);
    }

    /** A participant's workshop request, read by its requester and by the organizers who triage it. */
    void workshopRequest(String participant) throws IOException, InterruptedException {
        LocalDate day = LocalDate.now(SERBIA).plusDays(ThreadLocalRandom.current().nextInt(30, 300));
        long id = ApiFixtures.Json.number(created(api.post("api/workshop-requests", participant, "{\"topic\":\"E_PAY\",\"lsguCode\":\""
                + ApiFixtures.KRAGUJEVAC + "\",\"organisationName\":\"" + json(payload("workshop organisation"))
                + "\",\"expectedParticipants\":12,\"preferredWindows\":[{\"from\":\"" + day + "\",\"to\":\"" + day.plusDays(3)
                + "\"}],\"venueOffer\":\"" + json(payload("workshop venue offer")) + "\",\"contact\":\"" + json(payload("workshop contact"))
                + "\",\"notes\":\"" + json(payload("workshop notes")) + "\"}", "en"), 201), "id");
        page(participant, "/workshops/mine.xhtml");
        page(ApiFixtures.PROPOSER, "/organizer/workshops.xhtml");
        page(ApiFixtures.PROPOSER, "/tasks/workshop-triage.xhtml?taskId=" + fixtures.taskOf("workshop-scheduling", id, ApiFixtures.PROPOSER));
    }

    void venue() throws IOException, InterruptedException {
        created(api.post("api/venues", ApiFixtures.PROPOSER, "{\"lsguCode\":\"" + ApiFixtures.KRAGUJEVAC + "\",\"name\":\""
                + json(payload("venue name")) + "\",\"address\":\"" + json(payload("venue address"))
                + "\",\"seats\":20,\"projector\":true,\"computers\":0,\"wifi\":true}", "en"), 201);
        page(ApiFixtures.PROPOSER, "/organizer/venues.xhtml");
    }

    /** A caravan stop in Čačak soon; returns its id. */
    long caravanEvent() throws IOException, InterruptedException {
        LocalDate day = LocalDate.now(SERBIA).plusDays(1);
        long id = ApiFixtures.Json.number(created(api.post("api/caravan-events", ApiFixtures.PROPOSER, "{\"lsguCode\":\"" + ApiFixtures.CACAK
                + "\",\"day\":\"" + day + "\",\"title\":\"" + json(payload("caravan title")) + "\",\"description\":\""
                + json(payload("caravan description")) + "\",\"parts\":[{\"kind\":\"PROMOTION\",\"title\":\""
                + json(payload("caravan part")) + "\",\"start\":\"11:00\",\"end\":\"12:00\"}]}", "en"), 201), "id");
        page(ApiFixtures.PROPOSER, "/organizer/caravan-report.xhtml?event=" + id);
        page("", "/municipality.xhtml?code=" + ApiFixtures.CACAK);
        return id;
    }

    /** A session proposed by the coordinator, with a venue, address and trainers typed in: the organizer reviews it. */
    void sessionProposal() throws IOException, InterruptedException {
        LocalDateTime start = LocalDate.now(SERBIA).plusDays(12).atTime(10, 0);
        long id = Long.parseLong(ApiFixtures.Json.first(created(api.post("api/sessions", ApiFixtures.REVIEWER, "{\"trainingId\":"
                + fixtures.anyTraining() + ",\"lsguCode\":\"" + ApiFixtures.KRAGUJEVAC + "\",\"venue\":\"" + json(payload("session venue"))
                + "\",\"address\":\"" + json(payload("session address")) + "\",\"start\":\"" + start + "\",\"end\":\"" + start.plusHours(4)
                + "\",\"registrationDeadline\":\"" + start.minusDays(1) + "\",\"capacity\":20,\"trainers\":\""
                + json(payload("session trainers")) + "\",\"audienceTypes\":[\"LSGU\"]}", "en"), 201), "id"));
        page(ApiFixtures.PROPOSER, "/tasks/session-review.xhtml?taskId=" + fixtures.taskOf("session-approval", id, ApiFixtures.PROPOSER));
    }

    /** A competition of the campaign whose title, rules, categories and prize are markup. */
    void competition() throws IOException, InterruptedException {
        CompetitionFixtures competitions = new CompetitionFixtures(api);
        String organizer = fixtures.organizer();
        String juror = competitions.juror(ApiFixtures.KRAGUJEVAC);
        LocalDateTime now = CompetitionFixtures.now();
        LocalDateTime closes = now.plusDays(10);
        String body = "{\"campaignId\":" + competitions.campaignId() + ",\"title\":" + texts(payload("competition title"))
                + ",\"rules\":" + texts(payload("competition rules"))
                + ",\"categories\":[{\"code\":\"MY_ESERVICE\",\"name\":" + texts(payload("competition category"))
                + ",\"track\":\"ESERVICES\",\"prize\":" + texts(payload("competition prize")) + "}],"
                + "\"criteria\":[{\"code\":\"RELEVANCE\",\"name\":" + CompetitionFixtures.names("Značaj", "Значај", "Relevance")
                + ",\"weight\":1}],\"jurors\":[\"" + CompetitionFixtures.name(juror) + "\"],\"entryOpens\":\"" + now.minusMinutes(1)
                + "\",\"entryCloses\":\"" + closes + "\",\"juryDeadline\":\"" + closes.plusDays(5) + "\",\"voteOpens\":\""
                + closes.plusDays(1) + "\",\"voteCloses\":\"" + closes.plusDays(8) + "\"}";
        long id = ApiFixtures.Json.number(created(api.post("api/competitions", organizer, body, "en"), 201), "id");
        page("", "/competition/index.xhtml?id=" + id);
    }

    /** A questionnaire of the evaluator's whose name, question and options are markup. */
    void questionnaire() throws IOException, InterruptedException {
        created(api.post("api/questionnaires", "evaluator", "{\"purpose\":\"CORNER\",\"name\":" + bodyTexts(payload("questionnaire name"))
                + ",\"questions\":[{\"kind\":\"SINGLE\",\"required\":true,\"text\":" + bodyTexts(payload("questionnaire question"))
                + ",\"options\":[{\"code\":\"YES\",\"text\":" + bodyTexts(payload("questionnaire option"))
                + "},{\"code\":\"NO\",\"text\":{\"srLatn\":\"Ne\",\"srCyrl\":\"Не\",\"en\":\"No\"}}]}]}", "en"), 201);
        page("evaluator", "/evaluator/questionnaires.xhtml");
    }

    /**
     * Answers a feedback questionnaire through its one-use link, with markup as the free text;
     * the evaluator reads it among the session's results.
     */
    void freeTextAnswer(String token, long surveyId) throws IOException, InterruptedException {
        JsonObject form = read(api.get("api/feedback/" + token, null, "en").body());
        StringBuilder answers = new StringBuilder();
        for (JsonValue value : form.getJsonArray("questions")) {
            JsonObject question = value.asJsonObject();
            long id = question.getJsonNumber("id").longValue();
            String answer;
            if (has(question, "options") && !question.getJsonArray("options").isEmpty()) {
                answer = "\"values\":[" + question.getJsonArray("options").getJsonObject(0).getJsonNumber("id").longValue() + "]";
            } else if (has(question, "max")) {
                answer = "\"value\":" + question.getInt("max");
            } else {
                answer = "\"text\":\"" + json(payload("feedback free text")) + "\"";
            }
            answers.append(answers.isEmpty() ? "" : ",").append("{\"questionId\":").append(id).append(',').append(answer).append('}');
        }
        created(api.post("api/feedback/" + token, null, "{\"answers\":[" + answers + "]}", "en"), 201);
        assertThat(payloads).as("the questionnaire has a free-text question").containsKey("feedback free text");
        long session = read(api.get("api/feedback-surveys/" + surveyId, "evaluator", "en").body()).getJsonNumber("subjectId").longValue();
        page("evaluator", "/evaluator/results.xhtml?session=" + session);
    }

    /** JSON-B leaves out what is null. */
    private static boolean has(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key);
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String created(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body();
    }

    /** The same text in the three languages, as the competition API names them. */
    private static String texts(String text) {
        return CompetitionFixtures.names(json(text), json(text), json(text));
    }

    /** The same text in the three languages, as the feedback API names them. */
    static String bodyTexts(String text) {
        return "{\"srLatn\":\"" + json(text) + "\",\"srCyrl\":\"" + json(text) + "\",\"en\":\"" + json(text) + "\"}";
    }

    static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
