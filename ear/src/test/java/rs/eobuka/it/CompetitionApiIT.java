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
        // and the juror from Čačak cannot score it through the other juror's task: 404, as for a task that does not exist
        String score = "{\"decision\":\"SCORE\",\"scores\":{\"" + relevance + "\":10,\"" + clarity + "\":10}}";
        HttpResponse<String> notTheirs = api.post("api/tasks/" + scoring + "/complete", jurorFromCacak, score, "en");
        HttpResponse<String> noSuchTask = api.post("api/tasks/00000000-0000-0000-0000-000000000000/complete", jurorFromCacak, score, "en");
        assertThat(notTheirs.statusCode()).as(notTheirs.body()).isEqualTo(404).isEqualTo(noSuchTask.statusCode());
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
}
