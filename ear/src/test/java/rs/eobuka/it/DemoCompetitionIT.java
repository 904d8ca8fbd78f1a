package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.it.ApiFixtures.Json;

/**
 * The demo competitions of the campaign "Da kliknemo zajedno" over the API, as the IT server
 * (in demo mode) seeds them: the finished spring round with its published results, and the
 * running second round with its gallery, its votes, entries waiting for their entrant and for
 * moderation, and the demo juror's scoring tasks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoCompetitionIT {

    private static final String FINISHED = "Spring round: My municipality, one click away";
    private static final String RUNNING = "Second round: Stories from my municipality";
    /** Where the demo juror lives: an open-data municipality, so its entries are the juror's conflict. */
    private static final String SJENICA = "71072";
    /** A published result or a gallery entry: JSON-B writes {@code categoryCode} first, and neither holds an object. */
    private static final Pattern LINE = Pattern.compile("\\{\"categoryCode\":\"([A-Z_]+)\"[^{}]*}");

    @ArquillianResource
    URL base;

    @Test
    void shouldPublishTheFinishedRoundsResultsWithJuryScoresAndVotesInEachCategory() throws Exception {
        ApiClient api = new ApiClient(base);
        String finished = competition(api, FINISHED);
        assertThat(Json.first(finished, "status")).isEqualTo("RESULTS_PUBLISHED");
        long id = Json.number(finished, "id");

        // When anyone reads its results
        HttpResponse<String> results = api.get("api/competitions/" + id + "/results", null, "en");

        // Then each category ranks its published entries, with the jury's score, the votes and the final score of each
        assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
        List<String> eServices = lines(results.body(), "MY_ESERVICE");
        List<String> openData = lines(results.body(), "OPEN_DATA");
        assertThat(eServices).hasSize(7);
        assertThat(openData).hasSize(5);
        long votes = 0;
        for (List<String> category : List.of(eServices, openData)) {
            BigDecimal previous = null;
            for (int i = 0; i < category.size(); i++) {
                String line = category.get(i);
                assertThat(Json.number(line, "position")).as(line).isEqualTo(i + 1);
                assertThat(new BigDecimal(Json.first(line, "juryScore"))).as(line).isBetween(BigDecimal.ONE, BigDecimal.TEN);
                BigDecimal score = new BigDecimal(Json.first(line, "finalScore"));
                assertThat(score).as(line).isPositive();
                if (previous != null) {
                    assertThat(score).as("ranked by final score: " + line).isLessThanOrEqualTo(previous);
                }
                previous = score;
                votes += Json.number(line, "votes");
            }
            assertThat(category.stream().mapToLong(line -> Json.number(line, "votes")).sum()).as("votes in " + category).isPositive();
        }
        assertThat(votes).as("a few hundred confirmed votes").isBetween(300L, 1000L);
        // the moderation's rejections are not ranked
        assertThat(results.body()).doesNotContain("Najbolji roštilj u gradu");

        // And every juror scored every entry but their conflict; proposed by one organizer, approved by another
        HttpResponse<String> progress = api.get("api/competitions/" + id + "/jury-progress", ApiFixtures.PROPOSER, "en");
        assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
        assertThat(progress.body()).contains("{\"juror\":\"juror\",\"open\":0,\"scored\":11}",
                "{\"juror\":\"dragana.stevic\",\"open\":0,\"scored\":12}", "{\"juror\":\"nebojsa.lukic\",\"open\":0,\"scored\":12}");
        String audit = api.get("api/competitions/" + id + "/audit", ApiFixtures.PROPOSER, "en").body();
        assertThat(audit).contains(",organizer,RESULTS_PROPOSED,", ",coordinator,RESULTS_APPROVED,", ",system,RESULTS_RANKED,");
    }

    @Test
    void shouldRunTheSecondRoundWithItsGalleryPicturesVotesAndEntriesInEveryState() throws Exception {
        ApiClient api = new ApiClient(base);
        String running = competition(api, RUNNING);
        assertThat(Json.first(running, "status")).isEqualTo("VOTING");
        long id = Json.number(running, "id");

        // When anyone reads it and its gallery
        HttpResponse<String> read = api.get("api/competitions/" + id, null, "en");
        HttpResponse<String> gallery = api.get("api/competitions/" + id + "/entries?max=100", null, "en");

        // Then the public vote is under way, and the gallery holds the eight published entries, some with a picture
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(Json.number(read.body(), "votesCast")).as(read.body()).isBetween(80L, 200L);
        assertThat(gallery.statusCode()).as(gallery.body()).isEqualTo(200);
        assertThat(gallery.headers().firstValue("X-Total-Count")).hasValue("8");
        List<String> published = new ArrayList<>();
        published.addAll(lines(gallery.body(), "MY_ESERVICE"));
        published.addAll(lines(gallery.body(), "OPEN_DATA"));
        assertThat(published).hasSize(8);
        List<String> pictured = published.stream().filter(entry -> Json.number(entry, "images") > 0).toList();
        assertThat(pictured).hasSizeGreaterThanOrEqualTo(3);
        HttpResponse<String> image = api.get("api/entries/" + Json.number(pictured.get(0), "id") + "/images/1", null, null);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.body().length()).isGreaterThan(1000);
        // entries not yet confirmed, not yet moderated or rejected stay out of the gallery
        assertThat(gallery.body()).doesNotContain("eBeba u Ivanjici", "Divlja deponija kod reke", "Polovni automobili povoljno");

        // And organizers have the two confirmed entries to moderate, the unconfirmed ones' links went out by e-mail
        HttpResponse<String> moderation = api.get("api/tasks?processKey=competition-entry&max=200", ApiFixtures.PROPOSER, "sr-Latn");
        assertThat(moderation.body()).contains("Divlja deponija kod reke, prijavljena sa njive", "Gde je voda ispravna: podaci o vodosnabdevanju")
                .doesNotContain("Polovni automobili povoljno");
        assertThat(api.get("api/admin/outbox?to=sanja.radovic@example.rs&max=5", "admin", "en").body())
                .contains("competition/confirm.xhtml?token=");
    }

    @Test
    void shouldGiveTheDemoJurorScoringTasksOfTheRunningRoundButNoneFromTheirHomeMunicipality() throws Exception {
        ApiClient api = new ApiClient(base);
        long id = Json.number(competition(api, RUNNING), "id");
        String gallery = api.get("api/competitions/" + id + "/entries?max=100", null, "en").body();

        // When the demo juror lists their competition tasks
        HttpResponse<String> tasks = api.get("api/tasks?processKey=competition-entry&max=200", "juror:" + ApiClient.DEMO_PASSWORD, "en");

        // Then four entries of the gallery wait for their scores, none of them from Sjenica, where the juror lives
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        Matcher keys = Pattern.compile("\"businessKey\":\"(\\d+)\"").matcher(tasks.body());
        List<String> entries = new ArrayList<>();
        while (keys.find()) {
            entries.add(keys.group(1));
        }
        assertThat(entries).hasSize(4);
        assertThat(tasks.body().split("\"taskKey\":\"Task_ScoreEntry\"", -1)).hasSize(1 + 4);
        for (String entry : entries) {
            String line = lines(gallery, null).stream().filter(l -> Json.first(l, "id").equals(entry)).findFirst()
                    .orElseThrow(() -> new AssertionError("task for entry " + entry + ", not in the gallery " + gallery));
            assertThat(Json.first(line, "lsguCode")).isNotEqualTo(SJENICA);
        }

        // And the jury's progress shows what they scored already, and another juror's declared conflict closed their task
        HttpResponse<String> progress = api.get("api/competitions/" + id + "/jury-progress", ApiFixtures.PROPOSER, "en");
        assertThat(progress.body()).contains("{\"juror\":\"juror\",\"open\":4,\"scored\":3}",
                "{\"juror\":\"dragana.stevic\",\"open\":4,\"scored\":4}", "{\"juror\":\"nebojsa.lukic\",\"open\":5,\"scored\":2}");
    }

    /** The campaign's competition with this English title, found once in the campaign's list. */
    private static String competition(ApiClient api, String title) throws Exception {
        long campaign = new CompetitionFixtures(api).campaignId();
        HttpResponse<String> listed = api.get("api/campaigns/" + campaign + "/competitions", null, "en");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        List<String> found = new ArrayList<>();
        for (String summary : listed.body().split(Pattern.quote("{\"entryCloses\""))) {
            if (summary.contains("\"en\":\"" + title + "\"")) {
                found.add(summary);
            }
        }
        assertThat(found).as("the demo competition \"" + title + "\", seeded once, in " + listed.body()).hasSize(1);
        return "{\"entryCloses\"" + found.get(0);
    }

    /** The results' or gallery's lines of a category (of every category when null), in order. */
    private static List<String> lines(String json, String category) {
        List<String> lines = new ArrayList<>();
        Matcher matcher = LINE.matcher(json);
        while (matcher.find()) {
            if (category == null || matcher.group(1).equals(category)) {
                lines.add(matcher.group());
            }
        }
        return lines;
    }
}
