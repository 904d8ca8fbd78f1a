package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data for API tests, made through the API as an integration would: fresh accounts, and sessions
 * proposed by the demo organizer and approved by the demo coordinator. Every name is unique, so
 * tests never see each other's data.
 */
public final class ApiFixtures {

    public static final String PASSWORD = "a-long-password-1";
    public static final String PROPOSER = "organizer";
    public static final String REVIEWER = "coordinator";
    public static final String KRAGUJEVAC = "70645";
    public static final String CACAK = "71242";

    private final ApiClient api;

    public ApiFixtures(ApiClient api) {
        this.api = api;
    }

    /** A new participant account; returns the {@code user:password} the client logs in with. */
    public String participant(String lsguCode, String organisationType) throws IOException, InterruptedException {
        String username = unique("p");
        HttpResponse<String> created = api.post("api/admin/users", "admin", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"fullName\":\"Učesnica " + username + "\",\"email\":\"" + username + "@example.rs\","
                + "\"lsguCode\":\"" + lsguCode + "\",\"organisationType\":\"" + organisationType + "\",\"roles\":[\"participant\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username + ":" + PASSWORD;
    }

    /** A new organizer account. */
    public String organizer() throws IOException, InterruptedException {
        String username = unique("o");
        HttpResponse<String> created = api.post("api/admin/users", "admin", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"fullName\":\"Organizator " + username + "\",\"email\":\"" + username + "@example.rs\","
                + "\"lsguCode\":\"" + KRAGUJEVAC + "\",\"roles\":[\"organizer\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username + ":" + PASSWORD;
    }

    /** A new evaluator account. */
    public String evaluator() throws IOException, InterruptedException {
        String username = unique("e");
        HttpResponse<String> created = api.post("api/admin/users", "admin", "{\"username\":\"" + username + "\",\"password\":\""
                + PASSWORD + "\",\"fullName\":\"Evaluatorka " + username + "\",\"email\":\"" + username + "@example.rs\","
                + "\"lsguCode\":\"" + KRAGUJEVAC + "\",\"roles\":[\"evaluator\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username + ":" + PASSWORD;
    }

    /** The id of a training of the demo catalogue; sessions set their own audience. */
    public long anyTraining() throws IOException, InterruptedException {
        HttpResponse<String> trainings = api.get("api/trainings?max=1", null, null);
        assertThat(trainings.statusCode()).isEqualTo(200);
        return Long.parseLong(Json.first(trainings.body(), "id"));
    }

    /** Proposes a session (by the demo organizer) ten days ahead; returns the proposal's response. */
    public HttpResponse<String> propose(String organizer, int capacity, Integer lsguQuota, String audienceType)
            throws IOException, InterruptedException {
        LocalDateTime start = LocalDate.now(ZoneId.of("Europe/Belgrade")).plusDays(10).atTime(10, 0);
        return api.post("api/sessions", organizer, "{\"trainingId\":" + anyTraining() + ",\"lsguCode\":\"" + KRAGUJEVAC + "\","
                + "\"venue\":\"Sala " + unique("v") + "\",\"address\":\"Trg slobode 3\",\"start\":\"" + start + "\","
                + "\"end\":\"" + start.plusHours(4) + "\",\"registrationDeadline\":\"" + start.minusDays(1) + "\","
                + "\"capacity\":" + capacity + (lsguQuota == null ? "" : ",\"lsguQuota\":" + lsguQuota)
                + ",\"trainers\":\"Marko Petrović\",\"audienceTypes\":[\"" + audienceType + "\"]}");
    }

    /** A published session for LSGU staff: proposed by the demo organizer, approved by the demo coordinator. */
    public long publishedSession(int capacity, Integer lsguQuota) throws IOException, InterruptedException {
        return publishedSession(capacity, lsguQuota, "LSGU");
    }

    public long publishedSession(int capacity, Integer lsguQuota, String audienceType) throws IOException, InterruptedException {
        HttpResponse<String> proposed = propose(PROPOSER, capacity, lsguQuota, audienceType);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        long sessionId = Long.parseLong(Json.first(proposed.body(), "id"));
        String review = taskOf("session-approval", sessionId, REVIEWER);
        HttpResponse<String> approved = api.post("api/tasks/" + review + "/complete", REVIEWER, "{\"decision\":\"APPROVE\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return sessionId;
    }

    /** The id of the open task of the process with this business key, as {@code user} sees it. */
    public String taskOf(String processKey, long businessKey, String user) throws IOException, InterruptedException {
        HttpResponse<String> tasks = api.get("api/tasks?processKey=" + processKey + "&businessKey=" + businessKey, user, null);
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).as("one open task of " + processKey + " " + businessKey).contains("\"businessKey\":\"" + businessKey + "\"");
        return Json.first(tasks.body(), "id");
    }

    public boolean hasTask(String processKey, long businessKey, String user) throws IOException, InterruptedException {
        return api.get("api/tasks?processKey=" + processKey + "&businessKey=" + businessKey, user, null).body()
                .contains("\"businessKey\":\"" + businessKey + "\"");
    }

    /** A registration's body: the participant consented on the client's screen. */
    public static final String CONSENT = "{\"consent\": true}";

    /** Registers; returns the response (201 with the registration, or a problem). */
    public HttpResponse<String> register(long sessionId, String participant) throws IOException, InterruptedException {
        return api.post("api/sessions/" + sessionId + "/registrations", participant, CONSENT);
    }

    /** Registers and expects success; returns the registration's id. */
    public long registered(long sessionId, String participant) throws IOException, InterruptedException {
        HttpResponse<String> response = register(sessionId, participant);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Long.parseLong(Json.first(response.body(), "id"));
    }

    /** The registration as its owner sees it. */
    public String registration(long id, String user) throws IOException, InterruptedException {
        HttpResponse<String> response = api.get("api/registrations/" + id, user, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    public String session(long id) throws IOException, InterruptedException {
        HttpResponse<String> response = api.get("api/sessions/" + id, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    public static String unique(String prefix) {
        return "it" + prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** Just enough JSON reading for flat answers, without a JSON library in the tests. */
    public static final class Json {

        private Json() {
        }

        /** The first value of the field, as text (strings without their quotes); null if absent or null. */
        public static String first(String json, String field) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\":(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\]]+)").matcher(json);
            if (!m.find()) {
                return null;
            }
            String value = m.group(2) != null ? m.group(2) : m.group(1).strip();
            return "null".equals(value) ? null : value;
        }

        public static long number(String json, String field) {
            return Long.parseLong(first(json, field));
        }
    }
}
