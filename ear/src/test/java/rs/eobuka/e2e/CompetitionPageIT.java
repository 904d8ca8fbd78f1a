package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;
import rs.eobuka.it.ApiFixtures.Json;

/**
 * A campaign's competition in the browser, from the campaign's page to the jury: a citizen enters
 * in Cyrillic without an account (one real PNG uploaded; a missing consent and a second entry from
 * the same address refused at their fields with nothing lost), confirms from the e-mail that
 * reached the SMTP server, an organizer moderates in the task form (the image not public yet),
 * the entry shows in the gallery with its image, and once the entry window has closed one juror
 * declares a conflict from the scoring form while two others score every criterion; a juror sees
 * the other's scores only once they have scored the entry themself.
 */
class CompetitionPageIT extends OrganizerBrowserIT {

    private static final String CACAK = ApiFixtures.CACAK;
    private static final String NIS = "79022";
    private static final Pattern LINK = Pattern.compile("/competition/confirm\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    /** The entry window's end is a timer: the job executor may take up to a minute to pick it up, then the jurors get their tasks. */
    private static final Duration JURY_ASSIGNED = Duration.ofSeconds(200);
    /** Long enough to enter twice in the browser, short enough to reach the jury soon after. */
    private static final int ENTRY_WINDOW_SECONDS = 50;
    private static final String MY_ESERVICE = "MY_ESERVICE";

    @Test
    void shouldTakeAnEntryFromThePageThroughConfirmationModerationAndTheGalleryToTheJury() throws Exception {
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        String organizer = username(fixtures.organizer());
        String conflicted = juror(api, "Jelena Sukobić");
        String scorer = juror(api, "Milan Ocenjivač");
        String other = juror(api, "Vesna Drugačija");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String latinTitle = "Konkurs " + suffix;
        String cyrillicTitle = "Конкурс " + suffix;
        String entryTitle = "еВртић у два клика " + suffix;
        String email = "gradjanka-" + suffix + "@example.rs";
        Path png = png();

        long competition;
        String token;
        try (SmtpInbox smtp = new SmtpInbox()) {
            // Given a competition of the campaign whose entry window closes in under a minute
            long campaign = campaignId(api);
            competition = createCompetition(api, organizer, campaign, latinTitle, cyrillicTitle, conflicted, scorer, other);

            // When a citizen reading Cyrillic follows it from the campaign's page
            open("/campaign.xhtml?id=" + campaign + "&lang=sr-Cyrl");
            WebElement link = driver.findElements(By.cssSelector("#campaign-competitions a")).stream()
                    .filter(a -> a.getText().equals(cyrillicTitle)).findFirst()
                    .orElseThrow(() -> new AssertionError("no link to " + cyrillicTitle + " on the campaign's page"));
            guardHttp(link::click);

            // Then the competition shows its rules, categories with their prizes and track, windows and phase, in Cyrillic
            assertThat(driver.getCurrentUrl()).contains("/competition/index.xhtml?id=" + competition);
            assertThat(text(By.id("competition-heading"))).isEqualTo(cyrillicTitle);
            assertThat(text(By.id("competition-phase"))).contains("Фаза конкурса:", "Пријаве су отворене");
            assertThat(text(By.id("competition-rules"))).isEqualTo("Правила конкурса");
            assertThat(text(By.id("category-MY_ESERVICE"))).contains("Моја е-услуга", "Електронске услуге", "Лаптоп за општину");
            assertThat(text(By.id("category-OPEN_DATA"))).contains("Отворени подаци");
            screenshot("competition");
            checkAccessibility("competition/index-form");

            // When she fills in the form, uploads a picture, and sends it without her consent
            guardAjax(() -> new Select(driver.findElement(By.id("entryForm:category"))).selectByValue(MY_ESERVICE));
            assertThat(optionValues("entryForm:lsguCode_input")).as("only the e-services track").contains(CACAK).doesNotContain(NIS);
            chooseValue("entryForm:lsguCode", "Чач", CACAK);
            typeInto(By.id("entryForm:name"), "Милица Петровић");
            typeInto(By.id("entryForm:email"), email);
            typeInto(By.id("entryForm:title"), entryTitle);
            typeInto(By.id("entryForm:description"), "Уписала сам дете у вртић преко портала, без шалтера.");
            typeInto(By.id("entryForm:link1"), "https://euprava.gov.rs");
            driver.findElement(By.id("entryForm:images_input")).sendKeys(png.toString());
            waiting().until(d -> text(By.id("entryForm:imageList")).contains("vrtic.png"));
            guardAjax(() -> driver.findElement(By.id("entryForm:submit")).click());

            // Then the consent is asked for at its field, and nothing typed or uploaded is lost
            assertThat(text(By.id("entryForm:consentMessage"))).contains("Потребна је сагласност");
            assertThat(driver.findElement(By.id("entryForm:title")).getAttribute("value")).isEqualTo(entryTitle);
            assertThat(chosen("entryForm:lsguCode")).isEqualTo(CACAK);
            assertThat(text(By.id("entryForm:imageList"))).contains("vrtic.png");
            screenshot("entry-refused");

            // When she agrees and sends it
            driver.findElement(By.id("entryForm:consent")).click();
            guardAjax(() -> driver.findElement(By.id("entryForm:submit")).click());

            // Then she is told to confirm it from the e-mail within 48 hours
            assertThat(text(By.id("entryForm:received"))).contains("Хвала! Пријава је примљена.", entryTitle, email, "48 сата");
            checkAccessibility("competition/index-received");

            // When she enters again from the same address
            open("/competition/index.xhtml?id=" + competition);
            guardAjax(() -> new Select(driver.findElement(By.id("entryForm:category"))).selectByValue(MY_ESERVICE));
            chooseValue("entryForm:lsguCode", "Чач", CACAK);
            typeInto(By.id("entryForm:name"), "Милица Петровић");
            typeInto(By.id("entryForm:email"), email.toUpperCase());
            typeInto(By.id("entryForm:title"), "Друга пријава");
            typeInto(By.id("entryForm:description"), "Још једна.");
            driver.findElement(By.id("entryForm:consent")).click();
            guardAjax(() -> driver.findElement(By.id("entryForm:submit")).click());

            // Then the eligibility table's refusal is shown at the address, and the form keeps what she typed
            assertThat(text(By.id("entryForm:emailMessage"))).contains("Са ове адресе већ постоји пријава у овој категорији.");
            assertThat(driver.findElement(By.id("entryForm:title")).getAttribute("value")).isEqualTo("Друга пријава");
            assertThat(present(By.id("entryForm:received"))).isFalse();

            // When the confirmation e-mail arrives, in Cyrillic
            token = smtp.awaitLink(email, "Потврдите пријаву на конкурс", LINK);
        }

        // When she opens its link
        open("/competition/confirm.xhtml?token=" + token);

        // Then the entry and its competition are shown, and nothing is confirmed until she presses the button
        assertThat(text(By.id("confirm-heading"))).isEqualTo("Потврда пријаве на конкурс");
        assertThat(text(By.id("confirm-title"))).isEqualTo(entryTitle);
        assertThat(text(By.id("confirm-competition"))).isEqualTo(cyrillicTitle);
        assertThat(text(By.id("confirm-lsgu"))).isEqualTo("Чачак");
        screenshot("confirm");
        checkAccessibility("competition/confirm");
        guardAjax(() -> driver.findElement(By.id("confirmForm:confirm")).click());
        assertThat(text(By.id("confirm-outcome"))).isEqualTo("Пријава је потврђена и иде на модерацију. Јавићемо вам када буде објављена.");

        // and the link, used, says so
        open("/competition/confirm.xhtml?token=" + token);
        assertThat(text(By.id("confirm-outcome"))).startsWith("Пријава је већ потврђена");
        assertThat(present(By.id("confirmForm:confirm"))).isFalse();

        // When an organizer opens the moderation from the inbox
        driver.manage().deleteAllCookies();
        login(organizer, ApiFixtures.PASSWORD);
        openTaskFromInbox("competition-entry", "Moderacija prijave na konkurs", "entry-title", entryTitle);

        // Then the entry is shown in full, with her address and the image nobody else may see yet
        assertThat(text(By.id("entry-email"))).isEqualTo(email);
        assertThat(text(By.id("entry-lsgu"))).isEqualTo("Čačak");
        assertThat(text(By.id("entry-links"))).contains("https://euprava.gov.rs");
        assertImagesLoaded("#entry-images img", 1);
        screenshot("moderation");
        checkAccessibility("tasks/entry-moderation");

        // When they reject it without a reason, then accept it
        guardAjax(() -> driver.findElement(By.id("moderation:reject")).click());
        assertThat(text(By.id("moderation:reasonMessage"))).contains("Navedite razlog odbijanja");
        guardHttp(() -> driver.findElement(By.id("moderation:accept")).click());

        // Then they are back in the inbox with the entry accepted
        assertThat(text(By.id("inboxForm:messages"))).contains("„" + entryTitle + "\" je odobrena");
        logout();

        // When anyone opens the competition's gallery
        open("/competition/index.xhtml?id=" + competition + "&lang=sr-Latn");
        WebElement published = waiting().until(d -> d.findElements(By.cssSelector(".gallery-entry")).stream()
                .filter(e -> e.getText().contains(entryTitle)).findFirst().orElse(null));

        // Then the entry is there with its image, her name and municipality, her link not followed for rank, and no address
        assertThat(published.getText()).contains("Moja e-usluga", "Čačak", "Милица Петровић", "Уписала сам дете у вртић");
        assertThat(driver.getPageSource()).doesNotContain(email);
        WebElement followed = published.findElement(By.cssSelector(".entry-links a"));
        assertThat(followed.getAttribute("href")).isEqualTo("https://euprava.gov.rs/");
        assertThat(followed.getAttribute("rel")).isEqualTo("nofollow noopener");
        assertThat(published.findElement(By.cssSelector("img")).getAttribute("src")).contains("/api/entries/");
        assertImagesLoaded(".gallery-entry img", 1);
        js().executeScript("arguments[0].scrollIntoView()", published);
        screenshot("gallery");
        checkAccessibility("competition/index-gallery");

        // and filtering by a municipality it is not from leaves it out
        guardAjax(() -> new Select(driver.findElement(By.id("galleryForm:lsgu"))).selectByValue(NIS));
        assertThat(text(By.id("galleryForm:gallery"))).doesNotContain(entryTitle).contains("Još nema objavljenih prijava.");
        guardAjax(() -> new Select(driver.findElement(By.id("galleryForm:lsgu"))).selectByValue(CACAK));
        assertThat(text(By.id("galleryForm:gallery"))).contains(entryTitle);
        checkPhoneWidth("/competition/index.xhtml?id=" + competition);

        // When the entry window has closed, the jurors have a scoring task each
        login(conflicted, ApiFixtures.PASSWORD);
        navigate("nav-jury");
        awaitOpenScoringTasks(1);
        checkAccessibility("competition/jury-open");

        // When one declares a conflict of interest from the scoring form
        openTaskFromInbox("competition-entry", "Ocenjivanje prijave na konkurs", "entry-title", entryTitle);
        assertThat(present(By.id("entry-email"))).as("jurors do not see the entrant's address").isFalse();
        assertImagesLoaded("#entry-images img", 1);
        screenshot("scoring");
        checkAccessibility("tasks/entry-scoring");
        driver.findElement(By.id("scoring:declareConflict")).click();
        waiting().until(d -> d.findElement(By.id("scoring:confirmYes")).isDisplayed());
        guardHttp(() -> driver.findElement(By.id("scoring:confirmYes")).click());

        // Then the task has ended without scores
        assertThat(text(By.id("inboxForm:messages"))).contains("Sukob interesa sa prijavom „" + entryTitle + "\" je zabeležen");
        open("/competition/jury.xhtml");
        assertThat(text(By.id("openTasksText"))).endsWith(": 0.");
        logout();

        // When another juror scores every criterion
        login(other, ApiFixtures.PASSWORD);
        score(entryTitle, "7", "9", "Korisno za roditelje");
        logout();

        // Then a third juror, before scoring, sees none of it
        login(scorer, ApiFixtures.PASSWORD);
        open("/competition/jury.xhtml");
        assertThat(text(By.id("openTasksText"))).endsWith(": 1.");
        assertThat(text(By.id("juryForm:scored"))).contains("Još niste ocenili nijednu prijavu ovog konkursa.").doesNotContain("Vesna");

        // When they send the form without a score, then score every criterion
        openTaskFromInbox("competition-entry", "Ocenjivanje prijave na konkurs", "entry-title", entryTitle);
        guardAjax(() -> driver.findElement(By.id("scoring:submit")).click());
        assertThat(text(By.id("scoring:criteria:0:scoreMessage"))).contains("Izaberite ocenu.");
        score(entryTitle, "8", "5", "Jasno i korisno");

        // Then their page shows their scores and the other juror's, each with the weighted mean (relevance counts twice)
        open("/competition/jury.xhtml");
        assertThat(text(By.id("openTasksText"))).endsWith(": 0.");
        assertThat(text(By.id("juryForm:scored"))).contains(entryTitle, "Moja e-usluga · Čačak");
        WebElement own = driver.findElement(By.cssSelector("tr.own-scoring"));
        assertThat(own.getText()).contains("Milan Ocenjivač (vi)", "8", "5", "7,00", "Jasno i korisno");
        WebElement others = driver.findElement(By.cssSelector("tr[data-juror='" + other + "']"));
        assertThat(others.getText()).contains("Vesna Drugačija", "7", "9", "7,67", "Korisno za roditelje");
        assertThat(driver.findElements(By.cssSelector("tr[data-juror='" + conflicted + "']"))).isEmpty();
        screenshot("jury");
        checkAccessibility("competition/jury-scored");
    }

    @Test
    void shouldKeepTheJurorsPageToJurorsAndEntryImagesInModerationToOrganizers() {
        open("/competition/jury.xhtml");
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");

        login("official");
        open("/competition/jury.xhtml");
        assertThat(present(By.id("error-heading"))).as("forbidden page").isTrue();
        open("/competition/entry-image?entry=1&n=1");
        assertThat(present(By.id("error-heading"))).as("forbidden image").isTrue();
    }

    /** Scores the entry from its scoring form (criteria in the competition's order: relevance, clarity). */
    private void score(String entryTitle, String relevance, String clarity, String comment) {
        if (!present(By.id("scoring:submit"))) {
            openTaskFromInbox("competition-entry", "Ocenjivanje prijave na konkurs", "entry-title", entryTitle);
        }
        new Select(driver.findElement(By.id("scoring:criteria:0:score"))).selectByValue(relevance);
        new Select(driver.findElement(By.id("scoring:criteria:1:score"))).selectByValue(clarity);
        typeInto(By.id("scoring:comment"), comment);
        guardHttp(() -> driver.findElement(By.id("scoring:submit")).click());
        assertThat(text(By.id("inboxForm:messages"))).contains("Ocene prijave „" + entryTitle + "\" su sačuvane.");
    }

    /** Reloads the juror's page until it counts this many open scoring tasks (the entry window's timer has fired). */
    private void awaitOpenScoringTasks(int count) {
        new WebDriverWait(driver, JURY_ASSIGNED, Duration.ofSeconds(3)).until(d -> {
            d.navigate().refresh();
            waitForPageLoad();
            return text(By.id("openTasksText")).endsWith(": " + count + ".");
        });
    }

    /** Every image of the selector has loaded (the browser decoded it), and there are this many. */
    private void assertImagesLoaded(String selector, int count) {
        List<WebElement> images = driver.findElements(By.cssSelector(selector));
        assertThat(images).hasSize(count);
        for (WebElement image : images) {
            waiting().until(d -> Boolean.TRUE.equals(js().executeScript("return arguments[0].complete", image)));
            assertThat(((Number) js().executeScript("return arguments[0].naturalWidth", image)).intValue())
                    .as("image %s loaded", image.getAttribute("src")).isEqualTo(40);
        }
    }

    private List<String> optionValues(String selectId) {
        return driver.findElements(By.cssSelector("[id='" + selectId + "'] option")).stream().map(o -> o.getAttribute("value")).toList();
    }

    /** A 40 × 30 PNG named as a phone would name it. */
    private static Path png() throws IOException {
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            picture.setRGB(x, x * 30 / 40, 0x0C4A6E);
        }
        Path file = Files.createTempDirectory("eobuka-e2e-upload-").resolve("vrtic.png");
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }

    private static long createCompetition(ApiClient api, String organizer, long campaign, String latinTitle, String cyrillicTitle,
                                          String... jurors) throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Belgrade")).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime closes = now.plusSeconds(ENTRY_WINDOW_SECONDS);
        StringBuilder names = new StringBuilder();
        for (String juror : jurors) {
            names.append(names.isEmpty() ? "" : ",").append('"').append(juror).append('"');
        }
        String body = "{\"campaignId\":" + campaign + ",\"title\":" + names(latinTitle, cyrillicTitle, "Competition")
                + ",\"rules\":" + names("Pravila konkursa", "Правила конкурса", "The rules")
                + ",\"categories\":[{\"code\":\"MY_ESERVICE\",\"name\":" + names("Moja e-usluga", "Моја е-услуга", "My e-service")
                + ",\"track\":\"ESERVICES\",\"prize\":" + names("Laptop za opštinu", "Лаптоп за општину", "A laptop for the municipality")
                + "},{\"code\":\"OPEN_DATA\",\"name\":" + names("Otvoreni podaci", "Отворени подаци", "Open data")
                + ",\"track\":\"OPEN_DATA\"}],\"criteria\":[{\"code\":\"RELEVANCE\",\"name\":" + names("Značaj", "Значај", "Relevance")
                + ",\"weight\":2},{\"code\":\"CLARITY\",\"name\":" + names("Jasnoća", "Јасноћа", "Clarity") + ",\"weight\":1}],"
                + "\"jurors\":[" + names + "],\"entryOpens\":\"" + now.minusMinutes(1) + "\",\"entryCloses\":\"" + closes
                + "\",\"juryDeadline\":\"" + closes.plusMinutes(30) + "\",\"voteOpens\":\"" + closes.plusMinutes(1)
                + "\",\"voteCloses\":\"" + closes.plusMinutes(40) + "\"}";
        HttpResponse<String> created = api.post("api/competitions", organizer + ":" + ApiFixtures.PASSWORD, body, "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.number(created.body(), "id");
    }

    private static String names(String latin, String cyrillic, String english) {
        return "{\"sr-Latn\":\"" + latin + "\",\"sr-Cyrl\":\"" + cyrillic + "\",\"en\":\"" + english + "\"}";
    }

    private static long campaignId(ApiClient api) throws Exception {
        String listed = api.get("api/campaigns", null, "en").body();
        int code = listed.indexOf("\"code\":\"da-kliknemo-zajedno\"");
        assertThat(code).as(listed).isNotNegative();
        return Json.number(listed.substring(listed.lastIndexOf("{", code)), "id");
    }

    /** A fresh juror from Kragujevac (the entry comes from Čačak, so no conflict of home); returns the username. */
    private static String juror(ApiClient api, String fullName) throws Exception {
        String username = ApiFixtures.unique("j");
        HttpResponse<String> created = api.post("api/admin/users", "admin", "{\"username\":\"" + username + "\",\"password\":\""
                + ApiFixtures.PASSWORD + "\",\"fullName\":\"" + fullName + "\",\"email\":\"" + username + "@example.rs\","
                + "\"lsguCode\":\"" + ApiFixtures.KRAGUJEVAC + "\",\"roles\":[\"juror\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    private static String username(String credentials) {
        return credentials.substring(0, credentials.indexOf(':'));
    }
}
