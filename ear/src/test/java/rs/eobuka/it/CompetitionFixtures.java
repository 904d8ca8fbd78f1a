package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import rs.eobuka.it.ApiFixtures.Json;

/**
 * What the competition's tests set up over the API: jurors, a competition of the real campaign
 * with windows of the test's choosing (seconds long, so that a whole competition runs in a test),
 * entries, and the one-use links the outbox sent.
 */
public final class CompetitionFixtures {

    public static final String ENTRY_PROCESS = "competition-entry";
    public static final String COMPETITION_PROCESS = "competition";
    public static final String NIS = "79022";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    private final ApiClient api;

    public CompetitionFixtures(ApiClient api) {
        this.api = api;
    }

    /** Now in Serbia, to the second: the competition's windows are Serbian local time. */
    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneId.of("Europe/Belgrade")).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A new juror living in this LSGU; returns {@code user:password}. */
    public String juror(String lsguCode) throws IOException, InterruptedException {
        String username = ApiFixtures.unique("j");
        HttpResponse<String> created = api.post("api/admin/users", "admin", "{\"username\":\"" + username + "\",\"password\":\""
                + ApiFixtures.PASSWORD + "\",\"fullName\":\"Član žirija " + username + "\",\"email\":\"" + username + "@example.rs\","
                + "\"lsguCode\":\"" + lsguCode + "\",\"roles\":[\"juror\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username + ":" + ApiFixtures.PASSWORD;
    }

    /** The username of a {@code user:password}. */
    public static String name(String user) {
        return user.substring(0, user.indexOf(':'));
    }

    public long campaignId() throws IOException, InterruptedException {
        String listed = api.get("api/campaigns", null, "en").body();
        int code = listed.indexOf("\"code\":\"da-kliknemo-zajedno\"");
        assertThat(code).as(listed).isNotNegative();
        return Json.number(listed.substring(listed.lastIndexOf("{", code)), "id");
    }

    /** A competition with the categories MY_ESERVICE and OPEN_DATA and the criteria RELEVANCE (weight 2) and CLARITY (1). */
    public long competition(String organizer, LocalDateTime entryOpens, LocalDateTime entryCloses, LocalDateTime juryDeadline,
                            LocalDateTime voteOpens, LocalDateTime voteCloses, String... jurors) throws IOException, InterruptedException {
        HttpResponse<String> created = api.post("api/competitions", organizer,
                competitionJson(campaignId(), entryOpens, entryCloses, juryDeadline, voteOpens, voteCloses, jurors), "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.number(created.body(), "id");
    }

    public static String competitionJson(long campaign, LocalDateTime entryOpens, LocalDateTime entryCloses, LocalDateTime juryDeadline,
                                         LocalDateTime voteOpens, LocalDateTime voteCloses, String... jurors) {
        StringBuilder usernames = new StringBuilder();
        for (String juror : jurors) {
            usernames.append(usernames.isEmpty() ? "" : ",").append('"').append(name(juror)).append('"');
        }
        return "{\"campaignId\":" + campaign + ",\"title\":" + names("Kliknimo zajedno", "Кликнимо заједно", "Let's click together")
                + ",\"rules\":" + names("Pravila", "Правила", "Rules")
                + ",\"categories\":[{\"code\":\"MY_ESERVICE\",\"name\":" + names("Moja e-usluga", "Моја е-услуга", "My e-service")
                + ",\"track\":\"ESERVICES\",\"prize\":" + names("Tablet", "Таблет", "A tablet") + "},{\"code\":\"OPEN_DATA\",\"name\":"
                + names("Otvoreni podaci", "Отворени подаци", "Open data") + ",\"track\":\"OPEN_DATA\"}],"
                + "\"criteria\":[{\"code\":\"RELEVANCE\",\"name\":" + names("Značaj", "Значај", "Relevance") + ",\"weight\":2},"
                + "{\"code\":\"CLARITY\",\"name\":" + names("Jasnoća", "Јасноћа", "Clarity") + ",\"weight\":1}],"
                + "\"jurors\":[" + usernames + "],\"entryOpens\":\"" + entryOpens + "\",\"entryCloses\":\"" + entryCloses
                + "\",\"juryDeadline\":\"" + juryDeadline + "\",\"voteOpens\":\"" + voteOpens + "\",\"voteCloses\":\"" + voteCloses + "\"}";
    }

    public static String names(String latin, String cyrillic, String english) {
        return "{\"sr-Latn\":\"" + latin + "\",\"sr-Cyrl\":\"" + cyrillic + "\",\"en\":\"" + english + "\"}";
    }

    public static String entryJson(String lsguCode, String email, String title) {
        return "{\"category\":\"MY_ESERVICE\",\"lsguCode\":\"" + lsguCode + "\",\"name\":\"Milica Petrović\",\"email\":\"" + email
                + "\",\"title\":\"" + title + "\",\"description\":\"Upisala sam dete u vrtić preko portala, bez šaltera.\","
                + "\"links\":[\"https://euprava.gov.rs\"],\"consent\":true}";
    }

    /** An entry to MY_ESERVICE from this LSGU, confirmed by its e-mailed link and accepted by the organizer: published. */
    public long publishedEntry(long competition, String lsguCode, String title, String organizer) throws IOException, InterruptedException {
        String email = ApiFixtures.unique("entrant") + "@example.rs";
        HttpResponse<String> entered = api.post("api/competitions/" + competition + "/entries", null, entryJson(lsguCode, email, title), "en");
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        return publish(Json.number(entered.body(), "id"), email, organizer);
    }

    /** A file as a browser sends it in a form: its name and type are the sender's word only. */
    public record Upload(String filename, String contentType, byte[] bytes) {

        public static Upload png(int width, int height) throws IOException {
            BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            picture.setRGB(width / 2, height / 2, 0xFF0000);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", png);
            return new Upload("slika.png", "image/png", png.toByteArray());
        }
    }

    /** An entry to MY_ESERVICE from Čačak sent as a form with these files as its {@code images}, in English. */
    public HttpResponse<String> entryWithImages(long competition, String email, List<Upload> images) throws IOException, InterruptedException {
        String boundary = "----eobuka" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String[][] fields = {{"category", "MY_ESERVICE"}, {"lsguCode", ApiFixtures.CACAK}, {"name", "Milica Petrović"}, {"email", email},
                {"title", "Slika iz eVrtića"}, {"description", "Upis u vrtić bez šaltera."}, {"consent", "true"}};
        for (String[] field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Upload image : images) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"images\"; filename=\"" + image.filename()
                    + "\"\r\nContent-Type: " + image.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(image.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.post("api/competitions/" + competition + "/entries", null, "multipart/form-data; boundary=" + boundary,
                body.toByteArray(), "en");
    }

    /** Confirms an entry by the link e-mailed to its address and has the organizer accept it: published. */
    public long publish(long entry, String email, String organizer) throws IOException, InterruptedException {
        assertThat(api.post("api/entries/confirm/" + token(email), null, "").statusCode()).isEqualTo(200);
        String moderation = new ApiFixtures(api).taskOf(ENTRY_PROCESS, entry, organizer);
        HttpResponse<String> accepted = api.post("api/tasks/" + moderation + "/complete", organizer, "{\"decision\":\"ACCEPT\"}", "en");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        return entry;
    }

    /** The token of the latest one-use link e-mailed to the address. */
    public String token(String email) throws IOException, InterruptedException {
        String mail = api.get("api/admin/outbox?to=" + email + "&max=5", "admin", "en").body();
        Matcher matcher = TOKEN.matcher(mail);
        assertThat(matcher.find()).as("a one-use link in " + mail).isTrue();
        return matcher.group(1);
    }

    /** The open task of the process with this business key that the user sees, once a timer has brought it (within a minute). */
    public String awaitTask(String processKey, long businessKey, String user) throws IOException, InterruptedException {
        ApiFixtures fixtures = new ApiFixtures(api);
        for (int i = 0; i < 120 && !fixtures.hasTask(processKey, businessKey, user); i++) {
            Thread.sleep(500);
        }
        return fixtures.taskOf(processKey, businessKey, user);
    }

    /** The id of a criterion in a competition's JSON: JSON-B writes {@code code} before {@code id} in each criterion. */
    public static long criterionId(String competition, String code) {
        int at = competition.indexOf("\"code\":\"" + code + "\"");
        assertThat(at).as(code + " in " + competition).isNotNegative();
        return Json.number(competition.substring(competition.lastIndexOf("{", at)), "id");
    }
}
