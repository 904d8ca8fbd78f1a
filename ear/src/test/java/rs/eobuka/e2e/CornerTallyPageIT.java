package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.it.ApiFixtures.Json.first;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chromium.HasCdp;
import rs.eobuka.it.ApiClient;

/**
 * The Digital Corner's tally page on a phone: the demo trainer Stefan Đorđević (account
 * {@code trainer}) counts citizens at a stop he staffs, keeps counting while the browser is
 * offline (Chrome DevTools network emulation), and every tap reaches the server exactly once
 * when the network returns, as the API's totals show.
 */
class CornerTallyPageIT extends BrowserIT {

    private static final ZoneId SERBIA = ZoneId.of("Europe/Belgrade");
    private static final By PENDING = By.id("tally-pending");

    private ApiClient api;
    private long event;

    @BeforeEach
    void stopToday() throws Exception {
        api = new ApiClient(base);
        driver.manage().window().setSize(new Dimension(390, 844));
        int minute = ThreadLocalRandom.current().nextInt(0, 23 * 60);
        String stops = api.get("api/caravan-events?when=upcoming&max=100", null, null).body();
        Matcher stefan = Pattern.compile("\\{\"fullName\":\"Stefan Đorđević\",\"id\":(\\d+)\\}").matcher(stops);
        assertThat(stefan.find()).as(stops).isTrue();
        String json = "{\"lsguCode\":\"71242\",\"day\":\"" + LocalDate.now(SERBIA) + "\",\"title\":\"Kutak u pregledaču\",\"parts\":["
                + "{\"kind\":\"DIGITAL_CORNER\",\"start\":\"" + hhmm(minute) + "\",\"end\":\"" + hhmm(minute + 3)
                + "\",\"trainerIds\":[" + stefan.group(1) + "]}]}";
        HttpResponse<String> created = api.post("api/caravan-events", "organizer", json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        event = Long.parseLong(first(created.body(), "id"));
    }

    @AfterEach
    void online() throws Exception {
        network(false);
        driver.manage().window().setSize(new Dimension(1280, 900));
        api.post("api/caravan-events/" + event + "/cancellation", "organizer", "{}");
    }

    @Test
    void shouldCountOnlineAndOfflineTapsExactlyOnce() throws Exception {
        // Given the assigned trainer on the tally page, on a phone
        login("trainer");
        open("/caravan/tally.xhtml?event=" + event + "&lang=en");
        assertThat(text(By.id("tally-heading"))).isEqualTo("Digital Corner tally");
        checkAccessibility("caravan/tally");

        // When three citizens are counted online, one with an age band and device help
        driver.findElement(By.id("tally-age-FROM_65")).click();
        driver.findElement(By.id("tally-device")).click();
        tap("EPAY_PAYMENT");
        tap("EPAY_PAYMENT");
        tap("ESICK_LEAVE");

        // Then they reach the server at once, and the page shows the counts
        waiting().until(d -> "0".equals(d.findElement(PENDING).getText()) && totals().contains("\"total\":3"));
        waiting().until(d -> "2".equals(d.findElement(By.id("tally-count-EPAY_PAYMENT")).getText()));
        assertThat(first(totals(), "FROM_65")).isEqualTo("1");
        assertThat(first(totals(), "deviceHelp")).isEqualTo("1");
        assertThat(driver.findElement(By.id("tally-age-none")).isSelected()).isTrue();

        // When the network is gone and four more are counted, one of them "other" with a note
        network(true);
        waiting().until(d -> text(By.id("tally-connection")).startsWith("Offline"));
        tap("PORTAL_NAVIGATION");
        tap("EGOV_PORTAL_SIGNUP");
        tap("EGOV_PORTAL_SIGNUP");
        driver.findElement(By.id("tally-OTHER")).click();
        waiting().until(d -> d.findElement(By.id("tally-note")).isDisplayed());
        driver.findElement(By.id("tally-note")).sendKeys("eVrtić");
        driver.findElement(By.id("tally-note-save")).click();

        // Then they wait on the device, counted on the page but not yet on the server
        waiting().until(d -> "4".equals(d.findElement(PENDING).getText()));
        assertThat(text(By.id("tally-count-EGOV_PORTAL_SIGNUP"))).isEqualTo("2");
        assertThat(text(By.id("tally-total"))).isEqualTo("7");
        screenshot("offline-pending");
        assertThat(first(totals(), "total")).isEqualTo("3");

        // When the network returns
        network(false);

        // Then every waiting tap arrives exactly once
        waiting().until(d -> "0".equals(d.findElement(PENDING).getText()) && totals().contains("\"total\":7"));
        String totals = totals();
        assertThat(first(totals, "EPAY_PAYMENT")).isEqualTo("2");
        assertThat(first(totals, "ESICK_LEAVE")).isEqualTo("1");
        assertThat(first(totals, "PORTAL_NAVIGATION")).isEqualTo("1");
        assertThat(first(totals, "EGOV_PORTAL_SIGNUP")).isEqualTo("2");
        assertThat(first(totals, "OTHER")).isEqualTo("1");

        // When the last tap is undone within the minute
        driver.findElement(By.id("tally-undo")).click();

        // Then the server no longer counts it
        waiting().until(d -> totals().contains("\"total\":6"));
        assertThat(first(totals(), "OTHER")).isEqualTo("0");
        waiting().until(d -> "6".equals(d.findElement(By.id("tally-total")).getText()));
    }

    @Test
    void shouldRefuseTallyPageToParticipantWhoIsNotStaff() {
        login("official");
        driver.get(url("/caravan/tally.xhtml?event=" + event));
        waitForPageLoad();

        assertThat(present(By.id("tally"))).isFalse();
    }

    private void tap(String service) {
        String before = text(By.id("tally-total"));
        driver.findElement(By.id("tally-" + service)).click();
        waiting().until(d -> !before.equals(d.findElement(By.id("tally-total")).getText()));
    }

    private String totals() {
        try {
            return api.get("api/caravan-events/" + event + "/corner-tally", "organizer", null).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Chrome DevTools network emulation: the page's requests fail as with no network, and it sees itself offline. */
    private void network(boolean offline) {
        ((HasCdp) driver).executeCdpCommand("Network.enable", Map.of());
        ((HasCdp) driver).executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static String hhmm(int minute) {
        return String.format("%02d:%02d", minute / 60, minute % 60);
    }
}
