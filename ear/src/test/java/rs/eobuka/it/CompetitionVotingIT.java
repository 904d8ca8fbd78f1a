package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.it.ApiFixtures.Json;

/**
 * A whole competition in under a minute: the jury scores (one juror with a conflict, skipped in
 * the mean), the public votes (one vote per address and category, confirmed once), the ranking
 * equals this test's own computation, and the results need a second organizer's approval. And
 * the vote's defences: parallel confirmations of one address count once; the hourly limit per
 * network address answers 429 with Retry-After.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompetitionVotingIT {

    private static final String ENTRY = CompetitionFixtures.ENTRY_PROCESS;
    private static final String COMPETITION = CompetitionFixtures.COMPETITION_PROCESS;
    private static final BigDecimal PUBLIC_WEIGHT = new BigDecimal("0.3");

    @ArquillianResource
    URL base;

    @Test
    void shouldRankByTheJurysMeanAndThePublicsShareOnceASecondOrganizerApproves() throws Exception {
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        CompetitionFixtures competitions = new CompetitionFixtures(api);
        String proposer = fixtures.organizer();
        String approver = fixtures.organizer();
        String jurorA = competitions.juror(ApiFixtures.KRAGUJEVAC);
        String jurorB = competitions.juror(ApiFixtures.KRAGUJEVAC);
        String jurorC = competitions.juror(ApiFixtures.KRAGUJEVAC);
        LocalDateTime now = CompetitionFixtures.now();
        LocalDateTime entriesClose = now.plusSeconds(10);
        LocalDateTime over = now.plusSeconds(30);

        // Given a competition whose entries close in 10 seconds, when the vote opens, and whose jury and vote end at 30
        long competition = competitions.competition(proposer, now.minusMinutes(1), entriesClose, over, entriesClose, over,
                jurorA, jurorB, jurorC);
        long first = competitions.publishedEntry(competition, ApiFixtures.CACAK, "Prvi", proposer);
        long second = competitions.publishedEntry(competition, ApiFixtures.CACAK, "Drugi", proposer);
        long third = competitions.publishedEntry(competition, ApiFixtures.CACAK, "Treći", proposer);
        assertThat(api.post("api/competitions/" + competition + "/conflicts", jurorC, "{\"entryId\":" + first + "}").statusCode())
                .isEqualTo(204);
        HttpResponse<String> early = vote(api, competition, first, "rani@example.rs");
        assertThat(early.statusCode()).as("before the vote opens").isEqualTo(422);
        assertThat(early.body()).contains("has not opened yet");

        // When the entry window closes, the jurors score (C has no task for the first entry)
        String read = api.get("api/competitions/" + competition, null, "en").body();
        long relevance = CompetitionFixtures.criterionId(read, "RELEVANCE");
        long clarity = CompetitionFixtures.criterionId(read, "CLARITY");
        score(api, competitions.awaitTask(ENTRY, first, jurorA), jurorA, relevance, 9, clarity, 6);
        score(api, competitions.awaitTask(ENTRY, first, jurorB), jurorB, relevance, 7, clarity, 8);
        assertThat(fixtures.hasTask(ENTRY, first, jurorC)).isFalse();
        score(api, competitions.awaitTask(ENTRY, second, jurorA), jurorA, relevance, 5, clarity, 5);
        score(api, competitions.awaitTask(ENTRY, second, jurorB), jurorB, relevance, 6, clarity, 3);
        score(api, competitions.awaitTask(ENTRY, second, jurorC), jurorC, relevance, 10, clarity, 10);
        score(api, competitions.awaitTask(ENTRY, third, jurorA), jurorA, relevance, 7, clarity, 7);
        score(api, competitions.awaitTask(ENTRY, third, jurorB), jurorB, relevance, 8, clarity, 6);
        score(api, competitions.awaitTask(ENTRY, third, jurorC), jurorC, relevance, 4, clarity, 4);

        // And the public votes: three for the second entry, one for the third
        List<String> voters = new ArrayList<>();
        for (long entry : new long[] {second, second, second, third}) {
            String voter = ApiFixtures.unique("glasac") + "@example.rs";
            assertThat(vote(api, competition, entry, voter).statusCode()).isEqualTo(202);
            voters.add(voter);
        }
        String firstToken = competitions.token(voters.get(0));
        assertThat(api.post("api/votes/confirm/" + firstToken, null, "").statusCode()).isEqualTo(200);
        for (String voter : voters.subList(1, voters.size())) {
            assertThat(api.post("api/votes/confirm/" + competitions.token(voter), null, "").statusCode()).isEqualTo(200);
        }

        // Then a used link and a second vote of an address in the category are refused, and only the total shows
        assertThat(api.post("api/votes/confirm/" + firstToken, null, "").statusCode()).isEqualTo(409);
        HttpResponse<String> again = vote(api, competition, third, voters.get(0));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(api.get("api/competitions/" + competition, null, "en").body()).contains("\"votesCast\":4");
        assertThat(api.get("api/competitions/" + competition + "/results", null, "en").statusCode()).isEqualTo(404);

        // When the jury's deadline and the vote's end have passed, one organizer proposes the results
        String proposal = competitions.awaitTask(COMPETITION, competition, proposer);
        assertThat(complete(api, proposal, proposer, "{\"decision\":\"PROPOSE\"}").statusCode()).isEqualTo(200);
        String approval = new ApiFixtures(api).taskOf(COMPETITION, competition, approver);

        // Then the proposer may not approve them, and a return needs its reason
        assertThat(complete(api, approval, proposer, "{\"decision\":\"APPROVE\"}").statusCode()).isEqualTo(403);
        assertThat(complete(api, approval, approver, "{\"decision\":\"RETURN\"}").statusCode()).isEqualTo(422);

        // When the second organizer returns them, the other proposes them again and the first approves
        assertThat(complete(api, approval, approver, "{\"decision\":\"RETURN\",\"reason\":\"Proverite glasove\"}").statusCode())
                .isEqualTo(200);
        String secondProposal = competitions.awaitTask(COMPETITION, competition, approver);
        assertThat(complete(api, secondProposal, approver, "{\"decision\":\"PROPOSE\"}").statusCode()).isEqualTo(200);
        String secondApproval = new ApiFixtures(api).taskOf(COMPETITION, competition, proposer);
        assertThat(complete(api, secondApproval, proposer, "{\"decision\":\"APPROVE\"}").statusCode()).isEqualTo(200);

        // Then the published ranking is this test's own: the mean of each entry's jurors' weighted means (C skipped for
        // the first), normalised by 10, weighed 70/30 against the share of the category's votes
        BigDecimal firstJury = mean(weighted(9, 6), weighted(7, 8));
        BigDecimal secondJury = mean(weighted(5, 5), weighted(6, 3), weighted(10, 10));
        BigDecimal thirdJury = mean(weighted(7, 7), weighted(8, 6), weighted(4, 4));
        String results = awaitResults(api, competition);
        assertThat(order(results, first, second, third)).containsExactly(second, first, third);
        assertThat(finalScore(results, second)).isCloseTo(expected(secondJury, 3, 4), within(1e-4));
        assertThat(finalScore(results, first)).isCloseTo(expected(firstJury, 0, 4), within(1e-4));
        assertThat(finalScore(results, third)).isCloseTo(expected(thirdJury, 1, 4), within(1e-4));
        assertThat(Double.parseDouble(Json.first(results.substring(results.indexOf("\"entryId\":" + first)), "juryScore")))
                .isCloseTo(firstJury.doubleValue(), within(1e-4));

        // And the results are a PDF too, the audit trail holds every score, conflict and vote, and the winner is told
        HttpResponse<String> pdf = api.get("api/competitions/" + competition + "/results.pdf?lang=sr-Cyrl", null, "en");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        HttpResponse<String> audit = api.get("api/competitions/" + competition + "/audit", proposer, "en");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body().split("\r\n")).filteredOn(line -> line.startsWith("audit,") && line.contains("ENTRY_SCORED")).hasSize(8);
        assertThat(audit.body().split("\r\n")).filteredOn(line -> line.startsWith("vote,")).hasSize(4);
        assertThat(audit.body()).contains("CONFLICT_DECLARED", "RESULTS_RETURNED", "RESULTS_APPROVED");
        assertThat(api.get("api/competitions/" + competition + "/audit", null, "en").statusCode()).isEqualTo(401);
        assertThat(api.get("api/competitions/" + competition + "/jury-progress", proposer, "en").body())
                .contains("\"juror\":\"" + CompetitionFixtures.name(jurorC) + "\",\"open\":0,\"scored\":2");
    }

    @Test
    void shouldCountOneVoteOfAnAddressConfirmedInParallelAndLimitAnAddressPerHour() throws Exception {
        ApiClient api = new ApiClient(base);
        CompetitionFixtures competitions = new CompetitionFixtures(api);
        String organizer = new ApiFixtures(api).organizer();
        LocalDateTime now = CompetitionFixtures.now();
        LocalDateTime entriesClose = now.plusSeconds(8);
        long competition = competitions.competition(organizer, now.minusMinutes(1), entriesClose, entriesClose.plusMinutes(10),
                entriesClose, entriesClose.plusMinutes(20), competitions.juror(ApiFixtures.KRAGUJEVAC));
        long first = competitions.publishedEntry(competition, ApiFixtures.CACAK, "Prva", organizer);
        long second = competitions.publishedEntry(competition, ApiFixtures.CACAK, "Druga", organizer);
        Thread.sleep(Math.max(0, Duration.between(CompetitionFixtures.now(), entriesClose).toMillis() + 1500));

        // Given one address casting six votes in one category, for two entries
        String voter = ApiFixtures.unique("dupli") + "@example.rs";
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            assertThat(vote(api, competition, i % 2 == 0 ? first : second, voter).statusCode()).isEqualTo(202);
        }
        String mail = api.get("api/admin/outbox?to=" + voter + "&max=10", "admin", "en").body();
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(mail);
        while (links.find()) {
            tokens.add(links.group(1));
        }
        assertThat(tokens).hasSize(6);

        // When all six are confirmed at the same moment
        List<CompletableFuture<HttpResponse<String>>> confirmations = new ArrayList<>();
        for (String token : tokens) {
            confirmations.add(api.postAsync("api/votes/confirm/" + token, null, ""));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> confirmation : confirmations) {
            statuses.add(confirmation.get().statusCode());
        }

        // Then exactly one counts and the others are refused
        assertThat(statuses).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(1);
        assertThat(api.get("api/competitions/" + competition, null, "en").body()).contains("\"votesCast\":1");

        // When this network address casts votes up to the hour's limit of 20, and one more
        for (int i = 6; i < 20; i++) {
            assertThat(vote(api, competition, first, ApiFixtures.unique("v" + i) + "@example.rs").statusCode()).isEqualTo(202);
        }
        HttpResponse<String> limited = vote(api, competition, first, ApiFixtures.unique("extra") + "@example.rs");

        // Then it is told to come back later
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 3601L));
        assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(limited.body()).contains("Too many votes");
    }

    private static HttpResponse<String> vote(ApiClient api, long competition, long entry, String email) throws Exception {
        return api.post("api/competitions/" + competition + "/votes", null, "{\"entryId\":" + entry + ",\"email\":\"" + email + "\"}", "en");
    }

    private static void score(ApiClient api, String task, String juror, long relevance, int r, long clarity, int c) throws Exception {
        HttpResponse<String> scored = complete(api, task, juror, "{\"decision\":\"SCORE\",\"scores\":{\"" + relevance + "\":" + r + ",\""
                + clarity + "\":" + c + "}}");
        assertThat(scored.statusCode()).as(scored.body()).isEqualTo(200);
    }

    private static HttpResponse<String> complete(ApiClient api, String task, String user, String json) throws Exception {
        return api.post("api/tasks/" + task + "/complete", user, json, "en");
    }

    private static String awaitResults(ApiClient api, long competition) throws Exception {
        HttpResponse<String> results = api.get("api/competitions/" + competition + "/results", null, "en");
        for (int i = 0; i < 60 && results.statusCode() != 200; i++) {
            Thread.sleep(500);
            results = api.get("api/competitions/" + competition + "/results", null, "en");
        }
        assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
        return results.body();
    }

    /** A juror's weighted mean: relevance weighs 2, clarity 1. */
    private static BigDecimal weighted(int relevance, int clarity) {
        return BigDecimal.valueOf(2L * relevance + clarity).divide(BigDecimal.valueOf(3), 10, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(BigDecimal... jurors) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal juror : jurors) {
            sum = sum.add(juror);
        }
        return sum.divide(BigDecimal.valueOf(jurors.length), 10, RoundingMode.HALF_UP);
    }

    private static double expected(BigDecimal jury, long votes, long total) {
        return (1 - PUBLIC_WEIGHT.doubleValue()) * jury.doubleValue() / 10 + PUBLIC_WEIGHT.doubleValue() * votes / total;
    }

    private static double finalScore(String results, long entry) {
        return Double.parseDouble(Json.first(results.substring(results.indexOf("\"entryId\":" + entry)), "finalScore"));
    }

    /** The entries in the order the results list them. */
    private static List<Long> order(String results, long... entries) {
        List<Long> order = new ArrayList<>();
        for (long entry : entries) {
            order.add(entry);
        }
        order.sort((a, b) -> Integer.compare(results.indexOf("\"entryId\":" + a + ","), results.indexOf("\"entryId\":" + b + ",")));
        return order;
    }
}
