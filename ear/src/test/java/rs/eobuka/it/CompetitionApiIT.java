package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.it.ApiFixtures.Json;

/**
 * The campaign's competition over the API: an organizer sets it up, a citizen enters without an
 * account (refused by the eligibility table where the rules say so), confirms once by the
 * e-mailed link, an organizer moderates into the public gallery, and when the entry window
 * closes the jurors without a conflict get a scoring task each.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompetitionApiIT {

    private static final String NIS = "79022";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");
    private static final String ENTRY_KEY = "competition-entry";

    @ArquillianResource
    URL base;

    @Test
    void shouldTakeAnEntryFromConfirmationThroughModerationToTheJurorsWithoutAConflict() throws Exception {
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        String organizer = fixtures.organizer();
        String jurorFromElsewhere = juror(api, ApiFixtures.KRAGUJEVAC);
        String jurorFromCacak = juror(api, ApiFixtures.CACAK);
        String jurorDeclaring = juror(api, ApiFixtures.KRAGUJEVAC);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Belgrade")).truncatedTo(ChronoUnit.SECONDS);

        // Given a competition whose entry window closes in 25 seconds
        HttpResponse<String> created = api.post("api/competitions", organizer, competition(campaignId(api), now.minusMinutes(1),
                now.plusSeconds(25), name(jurorFromElsewhere), name(jurorFromCacak), name(jurorDeclaring)), "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long competition = Json.number(created.body(), "id");
        String read = api.get("api/competitions/" + competition, null, "en").body();
        assertThat(read).contains("\"status\":\"ENTRIES_OPEN\"", "\"code\":\"MY_ESERVICE\"").doesNotContain(name(jurorFromCacak));

        // When a citizen from Niš (on the open-data list only) enters "My e-service"
        String email = ApiFixtures.unique("gradjanka") + "@example.rs";
        HttpResponse<String> offTrack = api.post("api/competitions/" + competition + "/entries", null, entry(NIS, email), "en");

        // Then the eligibility table refuses it, naming the municipality
        assertThat(offTrack.statusCode()).as(offTrack.body()).isEqualTo(422);
        assertThat(offTrack.body()).contains("lsguCode", "does not take part in the campaign in this category");

        // When she enters from Čačak, and then again with the same address
        HttpResponse<String> entered = api.post("api/competitions/" + competition + "/entries", null, entry(ApiFixtures.CACAK, email), "en");
        HttpResponse<String> again = api.post("api/competitions/" + competition + "/entries", null,
                entry(ApiFixtures.CACAK, email.toUpperCase()), "en");

        // Then the first awaits its confirmation and the second is refused
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        assertThat(entered.body()).contains("\"status\":\"AWAITING_CONFIRMATION\"");
        long entry = Json.number(entered.body(), "id");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(422);
        assertThat(again.body()).contains("already an entry from this address");
        assertThat(fixtures.hasTask(ENTRY_KEY, entry, organizer)).as("no moderation before confirmation").isFalse();

        // When she follows the e-mailed link twice
        String token = token(api, email);
        HttpResponse<String> confirmed = api.post("api/entries/confirm/" + token, null, "");
        HttpResponse<String> twice = api.post("api/entries/confirm/" + token, null, "");

        // Then it is confirmed once, and an organizer has it to moderate
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.body()).contains("\"status\":\"AWAITING_MODERATION\"");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(api.get("api/competitions/" + competition + "/entries", null, "en").body()).isEqualTo("[]");
        String moderation = fixtures.taskOf(ENTRY_KEY, entry, organizer);
        HttpResponse<String> bare = api.post("api/tasks/" + moderation + "/complete", organizer, "{\"decision\":\"REJECT\"}", "en");
        assertThat(bare.statusCode()).as("a rejection needs its reason").isEqualTo(422);
        HttpResponse<String> accepted = api.post("api/tasks/" + moderation + "/complete", organizer, "{\"decision\":\"ACCEPT\"}", "en");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        // Then it is in the public gallery, without her address, and she is told
        HttpResponse<String> gallery = api.get("api/competitions/" + competition + "/entries?category=MY_ESERVICE&lsguCode="
                + ApiFixtures.CACAK, null, "en");
        assertThat(gallery.body()).contains("\"id\":" + entry, "\"title\":\"eVrtić u dva klika\"").doesNotContain(email);
        assertThat(gallery.headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(api.get("api/competitions/" + competition + "/entries?lsguCode=" + NIS, null, "en").body()).isEqualTo("[]");
        assertThat(api.get("api/admin/outbox?to=" + email + "&max=5", "admin", "en").body()).contains("published in the gallery");

        // When one juror declares a conflict, and a citizen tries to on their behalf
        assertThat(api.post("api/competitions/" + competition + "/conflicts", null, "{\"entryId\":" + entry + "}").statusCode())
                .isEqualTo(401);
        assertThat(api.post("api/competitions/" + competition + "/conflicts", organizer, "{\"entryId\":" + entry + "}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> declared = api.post("api/competitions/" + competition + "/conflicts", jurorDeclaring,
                "{\"entryId\":" + entry + "}");
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(204);

        // Then, once the entry window has closed, only the juror from elsewhere has a scoring task:
        // the one from Čačak lives in the entry's municipality, the other declared a conflict
        String scoring = awaitTask(fixtures, entry, jurorFromElsewhere);
        assertThat(fixtures.hasTask(ENTRY_KEY, entry, jurorFromCacak)).isFalse();
        assertThat(fixtures.hasTask(ENTRY_KEY, entry, jurorDeclaring)).isFalse();

        // When they score out of range, then every criterion
        String criteria = api.get("api/competitions/" + competition, null, "en").body();
        long relevance = criterionId(criteria, "RELEVANCE");
        long clarity = criterionId(criteria, "CLARITY");
        HttpResponse<String> outOfRange = api.post("api/tasks/" + scoring + "/complete", jurorFromElsewhere,
                "{\"decision\":\"SCORE\",\"scores\":{\"" + relevance + "\":11,\"" + clarity + "\":5}}", "en");
        assertThat(outOfRange.statusCode()).isEqualTo(422);
        assertThat(outOfRange.body()).contains("whole number from 1 to 10");
        HttpResponse<String> scored = api.post("api/tasks/" + scoring + "/complete", jurorFromElsewhere,
                "{\"decision\":\"SCORE\",\"scores\":{\"" + relevance + "\":8,\"" + clarity + "\":5},\"comment\":\"Jasno i korisno\"}", "en");

        // Then the only juror's scoring ends the entry's jury round
        assertThat(scored.statusCode()).as(scored.body()).isEqualTo(200);
        assertThat(fixtures.hasTask(ENTRY_KEY, entry, jurorFromElsewhere)).isFalse();
    }

    @Test
    void shouldRefuseAFileThatIsNotAnImageAndKeepARealOne() throws Exception {
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Belgrade")).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> created = api.post("api/competitions", fixtures.organizer(), competition(campaignId(api), now.minusMinutes(1),
                now.plusDays(10), name(juror(api, ApiFixtures.KRAGUJEVAC))), "en");
        long competition = Json.number(created.body(), "id");

        // When a citizen sends a script named as a PNG
        HttpResponse<String> script = multipart(competition, ApiFixtures.unique("a") + "@example.rs",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

        // Then it is refused as not an image
        assertThat(script.statusCode()).as(script.body()).isEqualTo(422);
        assertThat(script.body()).contains("images", "not a JPEG or PNG image");

        // When another sends a real picture
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(3, 4, 0xFF0000);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        HttpResponse<String> real = multipart(competition, ApiFixtures.unique("b") + "@example.rs", png.toByteArray());

        // Then the entry is received with it
        assertThat(real.statusCode()).as(real.body()).isEqualTo(201);
    }

    private HttpResponse<String> multipart(long competition, String email, byte[] image) throws Exception {
        String boundary = "----eobuka" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String[][] fields = {{"category", "MY_ESERVICE"}, {"lsguCode", ApiFixtures.CACAK}, {"name", "Milica Petrović"}, {"email", email},
                {"title", "Slika iz eVrtića"}, {"description", "Upis u vrtić bez šaltera."}, {"consent", "true"}};
        for (String[] field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"images\"; filename=\"vrtic.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(image);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/competitions/" + competition + "/entries"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String awaitTask(ApiFixtures fixtures, long entry, String juror) throws Exception {
        for (int i = 0; i < 120 && !fixtures.hasTask(ENTRY_KEY, entry, juror); i++) {
            Thread.sleep(500);
        }
        return fixtures.taskOf(ENTRY_KEY, entry, juror);
    }

    private static long campaignId(ApiClient api) throws Exception {
        String listed = api.get("api/campaigns", null, "en").body();
        int code = listed.indexOf("\"code\":\"da-kliknemo-zajedno\"");
        assertThat(code).as(listed).isNotNegative();
        return Json.number(listed.substring(listed.lastIndexOf("{", code)), "id");
    }

    private static String juror(ApiClient api, String lsguCode) throws Exception {
        String username = ApiFixtures.unique("j");
        HttpResponse<String> created = api.post("api/admin/users", "admin", "{\"username\":\"" + username + "\",\"password\":\""
                + ApiFixtures.PASSWORD + "\",\"fullName\":\"Član žirija " + username + "\",\"email\":\"" + username + "@example.rs\","
                + "\"lsguCode\":\"" + lsguCode + "\",\"roles\":[\"juror\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username + ":" + ApiFixtures.PASSWORD;
    }

    private static String name(String user) {
        return user.substring(0, user.indexOf(':'));
    }

    private static String token(ApiClient api, String email) throws Exception {
        String mail = api.get("api/admin/outbox?to=" + email + "&max=5", "admin", "en").body();
        Matcher matcher = TOKEN.matcher(mail);
        assertThat(matcher.find()).as("a confirmation link in " + mail).isTrue();
        return matcher.group(1);
    }

    private static long criterionId(String competition, String code) {
        int at = competition.indexOf("\"code\":\"" + code + "\"");
        assertThat(at).as(code + " in " + competition).isNotNegative();
        return Json.number(competition.substring(competition.lastIndexOf("{", at)), "id");
    }

    private static String entry(String lsguCode, String email) {
        return "{\"category\":\"MY_ESERVICE\",\"lsguCode\":\"" + lsguCode + "\",\"name\":\"Milica Petrović\",\"email\":\"" + email
                + "\",\"title\":\"eVrtić u dva klika\",\"description\":\"Upisala sam dete u vrtić preko portala, bez šaltera.\","
                + "\"links\":[\"https://euprava.gov.rs\"],\"consent\":true}";
    }

    private static String competition(long campaign, LocalDateTime entryOpens, LocalDateTime entryCloses, String... jurors) {
        StringBuilder names = new StringBuilder();
        for (String juror : jurors) {
            names.append(names.isEmpty() ? "" : ",").append('"').append(juror).append('"');
        }
        return "{\"campaignId\":" + campaign + ",\"title\":" + names("Kliknimo zajedno", "Кликнимо заједно", "Let's click together")
                + ",\"rules\":" + names("Pravila", "Правила", "Rules")
                + ",\"categories\":[{\"code\":\"MY_ESERVICE\",\"name\":" + names("Moja e-usluga", "Моја е-услуга", "My e-service")
                + ",\"track\":\"ESERVICES\"},{\"code\":\"OPEN_DATA\",\"name\":" + names("Otvoreni podaci", "Отворени подаци", "Open data")
                + ",\"track\":\"OPEN_DATA\"}],\"criteria\":[{\"code\":\"RELEVANCE\",\"name\":" + names("Značaj", "Значај", "Relevance")
                + ",\"weight\":2},{\"code\":\"CLARITY\",\"name\":" + names("Jasnoća", "Јасноћа", "Clarity") + ",\"weight\":1}],"
                + "\"jurors\":[" + names + "],\"entryOpens\":\"" + entryOpens + "\",\"entryCloses\":\"" + entryCloses
                + "\",\"juryDeadline\":\"" + entryCloses.plusMinutes(30) + "\",\"voteOpens\":\"" + entryCloses.plusMinutes(1)
                + "\",\"voteCloses\":\"" + entryCloses.plusMinutes(40) + "\"}";
    }

    private static String names(String latin, String cyrillic, String english) {
        return "{\"sr-Latn\":\"" + latin + "\",\"sr-Cyrl\":\"" + cyrillic + "\",\"en\":\"" + english + "\"}";
    }
}
