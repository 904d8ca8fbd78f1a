package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;

/**
 * Impact reports in the browser: an evaluator drafts a report of the demo history and sends it
 * for review; a second evaluator returns it with a comment, the author sends it again, and the
 * reviewer approves; the public page shows its figures with charts, and its PDF downloads.
 */
class ImpactReportPageIT extends OrganizerBrowserIT {

    private static final String REVIEWER = "evaluator";
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void shouldDraftReturnApproveAndPublishAReportWithItsPdf() throws Exception {
        // Given an evaluator of their own, signed in, on the impact reports page
        String[] author = new ApiFixtures(new ApiClient(base)).evaluator().split(":");
        login(author[0], author[1]);
        open("/index.xhtml?lang=en");
        navigate("nav-impact");
        assertThat(text(By.id("impact-heading"))).isEqualTo("Impact reports: writing and review");
        checkAccessibility("evaluator/reports");

        // When they start a report of a programme for the last year
        new Select(driver.findElement(By.id("newReport:programme"))).selectByIndex(1);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Belgrade"));
        setDate("newReport:from_input", today.minusYears(1).format(DAY));
        setDate("newReport:to_input", today.format(DAY));
        guardHttp(() -> driver.findElement(By.id("newReport:create")).click());

        // Then its workbench shows the figures counted from the data, the demo history's among them
        assertThat(text(By.id("report-status"))).startsWith("Draft");
        assertThat(text(By.cssSelector("#report-figures tr[data-key='participantsTrained']"))).matches("(?s).*Participants trained\\s+[1-9].*");
        String reportUrl = driver.getCurrentUrl();
        long id = Long.parseLong(reportUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        checkAccessibility("evaluator/report-draft");

        // When they write the findings, choose a participant's answer as a quote, and send it for review
        typeInto(By.id("write:findingsLatn"), "Obuke su stigle do četrnaest gradova; polaznici traže više prakse.");
        List<WebElement> quotes = driver.findElements(By.cssSelector("[id='write:quotes'] input[type='checkbox']"));
        if (!quotes.isEmpty()) {
            quotes.get(0).click();
        }
        guardHttp(() -> driver.findElement(By.id("write:submit")).click());

        // Then it waits for another evaluator
        assertThat(text(By.id("report-status"))).startsWith("In review");
        assertThat(text(By.id("own-review"))).contains("another evaluator");
        logout();

        // When the second evaluator returns it with a comment
        login(REVIEWER);
        open("/evaluator/report.xhtml?id=" + id + "&lang=en");
        checkAccessibility("evaluator/report-review");
        typeInto(By.id("review:comment"), "Dodajte poređenje sa prethodnim periodom.");
        guardHttp(() -> driver.findElement(By.id("review:return")).click());
        assertThat(text(By.id("report-status"))).startsWith("Returned to the author");
        logout();

        // Then the author sees the comment, revises and sends it again
        login(author[0], author[1]);
        open("/evaluator/report.xhtml?id=" + id + "&lang=en");
        assertThat(text(By.id("review-comment"))).contains("Dodajte poređenje sa prethodnim periodom.");
        typeInto(By.id("write:findingsLatn"), "Obuke su stigle do četrnaest gradova, više nego u prethodnom periodu.");
        guardHttp(() -> driver.findElement(By.id("write:submit")).click());
        assertThat(text(By.id("report-status"))).startsWith("In review");
        logout();

        // When the reviewer approves it
        login(REVIEWER);
        open("/evaluator/report.xhtml?id=" + id + "&lang=en");
        guardHttp(() -> driver.findElement(By.id("review:approve")).click());
        assertThat(text(By.id("report-status"))).startsWith("Published");
        logout();

        // Then anyone reads it: the figures, a chart per breakdown, the findings, and the PDF
        open("/reports/report.xhtml?id=" + id + "&lang=en");
        assertThat(text(By.id("report-heading"))).startsWith("Impact report:");
        assertThat(text(By.id("report-findings"))).isEqualTo("Obuke su stigle do četrnaest gradova, više nego u prethodnom periodu.");
        assertThat(driver.findElements(By.cssSelector(".result-chart canvas"))).isNotEmpty();
        screenshot("published");
        checkAccessibility("reports/report");
        String pdf = driver.findElement(By.id("report-pdf")).getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // and it is listed among the published reports
        open("/reports/index.xhtml?lang=en");
        assertThat(driver.findElements(By.cssSelector("[id='reportsForm:reports'] a[href*='id=" + id + "']"))).isNotEmpty();
        checkAccessibility("reports/index");
    }
}
