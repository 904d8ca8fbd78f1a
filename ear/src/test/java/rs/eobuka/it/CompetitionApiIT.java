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

    private static final String NIS = CompetitionFixtures.NIS;
    private static final String ENTRY_KEY = CompetitionFixtures.ENTRY_PROCESS;

    private static final String TITLE = "eVrtić u dva klika";

    @ArquillianResource
    URL base;

    @Test
    void shouldTakeAnEntryFromConfirmationThroughModerationToTheJurorsWithoutAConflict() throws Exception {
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        CompetitionFixtures competitions = new CompetitionFixtures(api);
        String organizer = fixtures.organizer();
        String jurorFromElsewhere = competitions.juror(ApiFixtures.KRAGUJEVAC);
        String jurorFromCacak = competitions.juror(ApiFixtures.CACAK);
        String jurorDeclaring = competitions.juror(ApiFixtures.KRAGUJEVAC);
        LocalDateTime now = CompetitionFixtures.now();

        // Given a competition whose entry window closes in 12 seconds
        LocalDateTime closes = now.plusSeconds(12);
        long competition = competitions.competition(organizer, now.minusMinutes(1), closes, closes.plusMinutes(30), closes.plusMinutes(1),
                closes.plusMinutes(40), jurorFromElsewhere, jurorFromCacak, jurorDeclaring);
        String read = api.get("api/competitions/" + competition, null, "en").body();
        assertThat(read).contains("\"status\":\"ENTRIES_OPEN\"", "\"code\":\"MY_ESERVICE\"", "\"votesCast\":0")
                .doesNotContain(CompetitionFixtures.name(jurorFromCacak));

        // When a citizen from Niš (on the open-data list only) enters "My e-service"
        String email = ApiFixtures.unique("gradjanka") + "@example.rs";
        HttpResponse<String> offTrack = api.post("api/competitions/" + competition + "/entries", null, CompetitionFixtures.entryJson(NIS, email, TITLE), "en");

        // Then the eligibility table refuses it, naming the municipality
        assertThat(offTrack.statusCode()).as(offTrack.body()).isEqualTo(422);
        assertThat(offTrack.body()).contains("lsguCode", "does not take part in the campaign in this category");

        // When she enters from Čačak, and then again with the same address
        HttpResponse<String> entered = api.post("api/competitions/" + competition + "/entries", null, CompetitionFixtures.entryJson(ApiFixtures.CACAK, email, TITLE), "en");
        HttpResponse<String> again = api.post("api/competitions/" + competition + "/entries", null,
                CompetitionFixtures.entryJson(ApiFixtures.CACAK, email.toUpperCase(), TITLE), "en");

        // Then the first awaits its confirmation and the second is refused
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        assertThat(entered.body()).contains("\"status\":\"AWAITING_CONFIRMATION\"");
        long entry = Json.number(entered.body(), "id");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(422);
        assertThat(again.body()).contains("already an entry from this address");
        assertThat(fixtures.hasTask(ENTRY_KEY, entry, organizer)).as("no moderation before confirmation").isFalse();

        // When she follows the e-mailed link twice
        String token = competitions.token(email);
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
        String scoring = competitions.awaitTask(ENTRY_KEY, entry, jurorFromElsewhere);
        assertThat(fixtures.hasTask(ENTRY_KEY, entry, jurorFromCacak)).isFalse();
        assertThat(fixtures.hasTask(ENTRY_KEY, entry, jurorDeclaring)).isFalse();

        // When they score out of range, then every criterion
        String criteria = api.get("api/competitions/" + competition, null, "en").body();
        long relevance = CompetitionFixtures.criterionId(criteria, "RELEVANCE");
        long clarity = CompetitionFixtures.criterionId(criteria, "CLARITY");
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
        CompetitionFixtures competitions = new CompetitionFixtures(api);
        LocalDateTime now = CompetitionFixtures.now();
        LocalDateTime closes = now.plusDays(10);
        long competition = competitions.competition(new ApiFixtures(api).organizer(), now.minusMinutes(1), closes, closes.plusDays(5),
                closes.plusDays(1), closes.plusDays(8), competitions.juror(ApiFixtures.KRAGUJEVAC));

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
}
