package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;
import rs.eobuka.it.CompetitionFixtures;

/**
 * The public vote and the results in the browser: a citizen reading Cyrillic votes from the
 * gallery (a mistyped address refused in the dialog), confirms from the e-mail that reached the
 * SMTP server (the link's page confirms only on its button, once), and a second vote of her
 * address in the category is refused; organizers follow entries and the jury on the
 * competition's page; once the vote has closed one organizer proposes the ranking, may not
 * approve it themself, and a second organizer (a return needs its reason) approves it; the
 * public results page then ranks the entries by their votes, with their PDF.
 */
class CompetitionResultsPageIT extends OrganizerBrowserIT {

    private static final Pattern VOTE_LINK = Pattern.compile("/competition/vote\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    /** Long enough to vote and confirm from the e-mail in the browser. */
    private static final int VOTE_SECONDS = 120;
    /** The vote's end is a timer: the job executor may take up to a minute to pick it up, then the entries are ranked. */
    private static final Duration RANKED = Duration.ofSeconds(150);

    @Test
    void shouldTakeTheVoteFromTheGalleryThroughTheEmailToResultsApprovedByASecondOrganizer() throws Exception {
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        CompetitionFixtures competitions = new CompetitionFixtures(api);
        String proposer = fixtures.organizer();
        String approver = fixtures.organizer();
        String juror = competitions.juror(ApiFixtures.KRAGUJEVAC);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String latinTitle = "Glasanje " + suffix;
        String cyrillicTitle = "Гласање " + suffix;
        String email = "glasacica-" + suffix + "@example.rs";

        // Given a competition whose entries close in 15 seconds, with two published entries, and whose vote then runs two minutes
        LocalDateTime now = CompetitionFixtures.now();
        LocalDateTime entriesClose = now.plusSeconds(15);
        LocalDateTime voteCloses = entriesClose.plusSeconds(VOTE_SECONDS);
        String json = CompetitionFixtures.competitionJson(competitions.campaignId(), now.minusMinutes(1), entriesClose, voteCloses,
                entriesClose, voteCloses, juror).replace(CompetitionFixtures.names("Kliknimo zajedno", "Кликнимо заједно", "Let's click together"),
                CompetitionFixtures.names(latinTitle, cyrillicTitle, "Vote " + suffix));
        HttpResponse<String> created = api.post("api/competitions", proposer, json, "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long competition = ApiFixtures.Json.number(created.body(), "id");
        String first = "Prva " + suffix;
        String second = "Druga " + suffix;
        competitions.publishedEntry(competition, ApiFixtures.CACAK, first, proposer);
        long secondId = competitions.publishedEntry(competition, ApiFixtures.CACAK, second, proposer);
        Thread.sleep(Math.max(0, Duration.between(CompetitionFixtures.now(), entriesClose).toMillis() + 1500));

        String token;
        try (SmtpInbox smtp = new SmtpInbox()) {
            // When a citizen reading Cyrillic opens the competition while the vote runs
            open("/competition/index.xhtml?id=" + competition + "&lang=sr-Cyrl");

            // Then the stage is the public vote, with only the total of votes shown
            assertThat(text(By.id("competition-phase"))).contains("Јавно гласање");
            assertThat(text(By.id("votes-cast"))).isEqualTo("До сада је дато гласова: 0.");
            assertThat(present(By.id("competition-overview"))).as("organizers' part").isFalse();

            // When she votes for the first entry with a mistyped address
            guardAjax(() -> galleryEntry(first).findElement(By.cssSelector("button[id$=':vote']")).click());
            waiting().until(d -> d.findElement(By.id("voteDialog")).isDisplayed());
            assertThat(text(By.id("vote-for"))).contains(first);
            checkAccessibility("competition/index-vote");
            typeInto(By.id("voteForm:email"), "nije-adresa");
            guardAjax(() -> driver.findElement(By.id("voteForm:send")).click());

            // Then the address is refused in the dialog, and what she typed stays
            assertThat(text(By.id("voteForm:emailMessage"))).contains("Унесите исправну адресу е-поште.");
            assertThat(driver.findElement(By.id("voteForm:email")).getAttribute("value")).isEqualTo("nije-adresa");

            // When she corrects it
            typeInto(By.id("voteForm:email"), email);
            guardAjax(() -> driver.findElement(By.id("voteForm:send")).click());

            // Then she is told to confirm from the e-mail, which arrives in Cyrillic
            assertThat(text(By.id("vote-sent"))).contains(first, email);
            screenshot("vote-sent");
            token = smtp.awaitLink(email, "Потврдите глас на конкурсу", VOTE_LINK);
        }

        // When she opens the link
        open("/competition/vote.xhtml?token=" + token);

        // Then the vote is shown, and nothing counts until she presses the button
        assertThat(text(By.id("vote-heading"))).isEqualTo("Потврда гласа");
        assertThat(text(By.id("vote-entry"))).isEqualTo(first);
        assertThat(text(By.id("vote-category"))).isEqualTo("Моја е-услуга");
        assertThat(text(By.id("vote-competition"))).isEqualTo(cyrillicTitle);
        assertThat(api.get("api/competitions/" + competition, null, "en").body()).contains("\"votesCast\":0");
        checkAccessibility("competition/vote");
        guardAjax(() -> driver.findElement(By.id("voteConfirmForm:confirm")).click());
        assertThat(text(By.id("vote-outcome"))).isEqualTo("Хвала! Ваш глас је потврђен и урачунат.");

        // and the used link says so
        open("/competition/vote.xhtml?token=" + token);
        assertThat(text(By.id("vote-outcome"))).startsWith("Овај глас је већ потврђен");
        assertThat(present(By.id("voteConfirmForm:confirm"))).isFalse();

        // When she votes from the same address for the other entry of the category
        open("/competition/index.xhtml?id=" + competition);
        assertThat(text(By.id("votes-cast"))).isEqualTo("До сада је дато гласова: 1.");
        guardAjax(() -> galleryEntry(second).findElement(By.cssSelector("button[id$=':vote']")).click());
        waiting().until(d -> d.findElement(By.id("voteDialog")).isDisplayed());
        typeInto(By.id("voteForm:email"), email.toUpperCase());
        guardAjax(() -> driver.findElement(By.id("voteForm:send")).click());

        // Then it is refused: one vote per address and category
        assertThat(text(By.id("voteForm:emailMessage"))).contains("Са ове адресе је већ потврђен глас у овој категорији.");
        assertThat(present(By.id("vote-sent"))).isFalse();

        // And two other citizens vote for the second entry through the API
        for (int i = 0; i < 2; i++) {
            String voter = ApiFixtures.unique("glasac") + "@example.rs";
            assertThat(api.post("api/competitions/" + competition + "/votes", null, "{\"entryId\":" + secondId
                    + ",\"email\":\"" + voter + "\"}", "en").statusCode()).isEqualTo(202);
            assertThat(api.post("api/votes/confirm/" + competitions.token(voter), null, "").statusCode()).isEqualTo(200);
        }

        // When an organizer opens the competition's page
        open("/index.xhtml?lang=sr-Latn");
        login(CompetitionFixtures.name(proposer), ApiFixtures.PASSWORD);
        open("/competition/index.xhtml?id=" + competition);

        // Then they follow its entries, the jury's progress and the audit trail
        assertThat(text(By.id("entries-PUBLISHED"))).isEqualTo("2");
        assertThat(text(By.id("entries-REJECTED"))).isEqualTo("0");
        assertThat(text(By.id("jury-progress"))).contains(CompetitionFixtures.name(juror));
        assertThat(driver.findElement(By.id("audit-export")).getAttribute("href")).endsWith("/api/competitions/" + competition + "/audit");
        checkAccessibility("competition/index-organizer");

        // When the vote has closed and the entries are ranked, the organizer proposes the results from the inbox
        awaitTask(api, competition, proposer);
        openTaskFromInbox("competition", "Predlog rezultata konkursa", "results-competition", latinTitle);
        assertThat(rankedTitles()).containsExactly(second, first);
        screenshot("results-proposal");
        checkAccessibility("tasks/competition-results-proposal");
        guardHttp(() -> driver.findElement(By.id("results:propose")).click());
        assertThat(text(By.id("inboxForm:messages"))).contains("„" + latinTitle + "“ su predloženi");

        // Then they may not approve their own proposal
        openTaskFromInbox("competition", "Odobravanje rezultata konkursa", "results-competition", latinTitle);
        assertThat(text(By.id("own-proposal"))).contains("mora da odobri drugi organizator");
        assertThat(present(By.id("results:approve"))).isFalse();
        logout();

        // When a second organizer returns them without a reason, then approves them
        login(CompetitionFixtures.name(approver), ApiFixtures.PASSWORD);
        openTaskFromInbox("competition", "Odobravanje rezultata konkursa", "results-competition", latinTitle);
        assertThat(text(By.id("results-proposer"))).contains(CompetitionFixtures.name(proposer));
        assertThat(rankedTitles()).containsExactly(second, first);
        checkAccessibility("tasks/competition-results-approval");
        guardAjax(() -> driver.findElement(By.id("results:return")).click());
        assertThat(text(By.id("results:reasonMessage"))).contains("Navedite razlog vraćanja rezultata.");
        guardHttp(() -> driver.findElement(By.id("results:approve")).click());
        assertThat(text(By.id("inboxForm:messages"))).contains("„" + latinTitle + "“ su odobreni i objavljeni");
        logout();

        // Then anyone reading Cyrillic sees the results: the second entry first with its two votes, the first with hers
        open("/competition/results.xhtml?id=" + competition + "&lang=sr-Cyrl");
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofSeconds(1)).until(d -> {
            d.navigate().refresh();
            waitForPageLoad();
            return present(By.id("results-formula"));
        });
        assertThat(text(By.id("results-heading"))).contains(cyrillicTitle);
        assertThat(text(By.id("results-formula"))).contains("70.0 %", "30.0 %");
        assertThat(rankedTitles()).containsExactly(second, first);
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='resultsForm:ranking_data'] tr"));
        assertThat(cells(rows.get(0))).startsWith("1", second, "Чачак", "Milica Petrović").element(5).isEqualTo("2");
        assertThat(cells(rows.get(1))).startsWith("2", first).element(5).isEqualTo("1");
        assertThat(text(By.id("ranking-prize"))).contains("Таблет");
        screenshot("results");
        checkAccessibility("competition/results");

        // and the other category has no ranked entry, and the PDF is there
        guardAjax(() -> new Select(driver.findElement(By.id("resultsForm:category"))).selectByValue("OPEN_DATA"));
        assertThat(text(By.id("resultsForm:ranking"))).contains("У овој категорији нема рангираних пријава.");
        String pdf = driver.findElement(By.id("results-pdf")).getAttribute("href");
        HttpResponse<String> document = api.get(pdf.substring(pdf.indexOf("api/competitions/")), null, "en");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).startsWith("%PDF");

        // and the competition's page links to them
        open("/competition/index.xhtml?id=" + competition);
        assertThat(text(By.id("competition-phase"))).contains("Резултати су објављени");
        assertThat(present(By.id("to-results"))).isTrue();
        assertThat(present(By.cssSelector("button[id$=':vote']"))).as("no vote after the window").isFalse();
    }

    private WebElement galleryEntry(String title) {
        return waiting().until(d -> d.findElements(By.cssSelector(".gallery-entry")).stream()
                .filter(e -> e.getText().contains(title)).findFirst().orElse(null));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** The entries' titles in the order the ranking on the page lists them. */
    private List<String> rankedTitles() {
        return driver.findElements(By.cssSelector("[id$=':entryTitle']")).stream().map(WebElement::getText).toList();
    }

    /** Waits for the results' proposal task, which the vote's closing timer brings once the entries are ranked. */
    private static void awaitTask(ApiClient api, long competition, String organizer) throws Exception {
        ApiFixtures fixtures = new ApiFixtures(api);
        long deadline = System.nanoTime() + RANKED.toNanos() + Duration.ofSeconds(VOTE_SECONDS).toNanos();
        while (!fixtures.hasTask(CompetitionFixtures.COMPETITION_PROCESS, competition, organizer)) {
            assertThat(System.nanoTime()).as("the results' proposal task").isLessThan(deadline);
            Thread.sleep(1000);
        }
    }
}
