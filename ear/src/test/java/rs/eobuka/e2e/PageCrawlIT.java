package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;
import rs.eobuka.it.CompetitionFixtures;
import rs.eobuka.it.FeedbackSetupServlet;

/**
 * A crawl of the application as each role sees it, after markup and script have been typed into
 * the text fields of every feature ({@link TypedMarkup}): from the pages where each typed text is
 * read and from the home page, every link to a page of the application is followed (one address
 * per page). On every page the console holds no report of a script, style or resource refused by
 * the Content-Security-Policy (no inline script without the page's nonce, no eval), nothing of
 * the typed markup ran or became an element, and every typed text is shown somewhere exactly as
 * it was typed. (Every other browser test checks the policy after each of its steps, dialogs and
 * ajax updates included: {@link BrowserIT}.)
 */
class PageCrawlIT extends OrganizerBrowserIT {

    /** Who crawls, each from their own home page: "participant" is the one who typed the markup, "" anyone. */
    private static final List<String> CRAWLERS = List.of("admin", ApiFixtures.PROPOSER, "evaluator", "juror", "participant", "");
    private static final Pattern FEEDBACK_LINK = Pattern.compile("/feedback/answer\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final String LINKS = """
            return Array.from(document.querySelectorAll('a[href]'))
                .map(function (a) { return new URL(a.getAttribute('href'), document.baseURI).href; });""";
    /** What the page shows (text, field values, options), and what of a payload ran or became an element. */
    private static final String INSPECT = """
            var shown = [document.body.innerText];
            document.querySelectorAll('input, textarea').forEach(function (f) { shown.push(f.value); });
            document.querySelectorAll('option').forEach(function (o) { shown.push(o.textContent); });
            var made = document.querySelectorAll("img[src='x'], svg[onload], [onerror*='xssRan'], [onload*='xssRan']").length
                + Array.from(document.scripts).filter(function (s) { return s.textContent.trim() === 'xssRan=2'; }).length;
            return {shown: shown.join('\\n'), made: made, ran: typeof window.xssRan !== 'undefined'};""";

    private final Map<String, Set<String>> shownOn = new TreeMap<>();

    @Test
    void shouldRunEveryPageOfEveryRoleWithoutAViolationAndShowEveryTypedTextAsText() throws Exception {
        // Given markup typed into the text fields of every feature, by the people who type there
        TypedMarkup markup = new TypedMarkup(new ApiClient(base));
        String participant = typeEverywhere(markup);

        // When each role follows every link from the pages where those texts are read, and from its home page
        Map<String, Set<String>> crawled = new TreeMap<>();
        Map<String, List<String>> violations = new LinkedHashMap<>();
        Map<String, String> ran = new LinkedHashMap<>();
        contentSecurityPolicyViolations();
        for (String who : CRAWLERS) {
            String role = who.isEmpty() ? "anonymous" : who;
            String user = who.equals("participant") ? participant : who;
            driver.manage().deleteAllCookies();
            if (who.equals("participant")) {
                login(CompetitionFixtures.name(participant), ApiFixtures.PASSWORD);
            } else if (!who.isEmpty()) {
                login(who);
            }
            Set<String> seen = new HashSet<>();
            Deque<String> toVisit = new ArrayDeque<>();
            markup.pages.getOrDefault(user, Set.of()).forEach(path -> toVisit.add(url(path)));
            toVisit.add(url("/index.xhtml"));
            while (!toVisit.isEmpty()) {
                String address = toVisit.poll();
                String page = pageOf(address);
                // the pages where typed texts are read are visited at their own address, every other page once
                if (page == null || !seen.add(isExplicit(markup, user, address) ? address : page)) {
                    continue;
                }
                crawled.computeIfAbsent(page, p -> new TreeSet<>()).add(role);
                driver.get(address);
                waitForPageLoad();
                List<String> refused = contentSecurityPolicyViolations();
                if (!refused.isEmpty()) {
                    violations.put(page + " (" + role + ")", refused);
                }
                String harm = inspect(markup, page + " (" + role + ")");
                if (harm != null) {
                    ran.put(address + " (" + role + ")", harm);
                }
                @SuppressWarnings("unchecked")
                List<String> links = (List<String>) js().executeScript(LINKS);
                toVisit.addAll(links);
            }
        }

        System.out.println("crawled " + crawled.size() + " pages, " + crawled.values().stream().mapToInt(Set::size).sum()
                + " page views: " + crawled);
        System.out.println("typed texts shown as typed: " + shownOn);
        // Then no page refused a script or style of its own, and nothing typed ran or became an element
        assertThat(violations).as("Content-Security-Policy violations by page").isEmpty();
        assertThat(ran).as("typed markup that ran or became an element, by page").isEmpty();
        // and every text typed is shown as typed where it is read
        assertThat(markup.payloads.keySet()).as("typed texts never shown as typed").allSatisfy(field -> assertThat(shownOn).containsKey(field));
        // and the crawl reached the screens of every role, not only the public ones
        assertThat(crawled).containsKeys("/index.xhtml", "/catalogue/session.xhtml", "/admin/engine.xhtml", "/organizer/calendar.xhtml",
                "/evaluator/results.xhtml", "/competition/jury.xhtml", "/registrations/index.xhtml", "/map.xhtml");
        assertThat(crawled.size()).isGreaterThanOrEqualTo(40);
    }

    /**
     * Types markup into the fields that are typed in on pages (the profile, a role request, a
     * programme and its training) and, through the API, into those of every other feature;
     * returns the participant who typed theirs ({@code user:password}).
     */
    private String typeEverywhere(TypedMarkup markup) throws Exception {
        ApiClient api = new ApiClient(base);
        String participant = new ApiFixtures(api).participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        String username = CompetitionFixtures.name(participant);

        // a participant's profile (the phone field takes digits only) and request for a role
        login(username, ApiFixtures.PASSWORD);
        open("/account/profile.xhtml?lang=sr-Latn");
        typeInto(By.id("profile:organisationName"), markup.payload("account organisation"));
        typeInto(By.id("profile:jobTitle"), markup.payload("account job title"));
        guardAjax(() -> driver.findElement(By.id("profile:save")).click());
        assertThat(text(By.id("profile:messages"))).isNotBlank();
        markup.page(participant, "/account/profile.xhtml");
        open("/account/role-request.xhtml");
        new Select(driver.findElement(By.id("roleRequest:role"))).selectByValue("ORGANIZER");
        typeInto(By.id("roleRequest:justification"), markup.payload("role request reason"));
        guardAjax(() -> driver.findElement(By.id("roleRequest:submit")).click());
        markup.page(participant, "/account/role-request.xhtml");
        markup.page("admin", "/tasks/role-request-review.xhtml?taskId=" + newestTask(api, "role-request", "admin"));

        // the participant's registrations and workshop request; venues, caravan, sessions, competition, questionnaires
        markup.registrations(participant);
        markup.workshopRequest(participant);
        markup.venue();
        long stop = markup.caravanEvent();
        markup.sessionProposal();
        markup.competition();
        markup.questionnaire();
        String invitee = "e2e-xss-" + UUID.randomUUID().toString().substring(0, 8);
        String survey;
        String token;
        try (SmtpInbox smtp = new SmtpInbox()) {
            survey = setup(FeedbackSetupServlet.PATH, "do=heldSurvey&username=" + invitee + "&language=sr-Latn");
            token = smtp.awaitLink(invitee + "@example.rs", "eObuka: vaše mišljenje", FEEDBACK_LINK);
        }
        markup.freeTextAnswer(token, Long.parseLong(survey));

        // the caravan stop's programme on the public caravan page (further down the list of stops)
        driver.manage().deleteAllCookies();
        open("/caravan/index.xhtml?lang=sr-Latn");
        for (int more = 0; more < 20 && !present(By.id("stop-" + stop)); more++) {
            guardAjax(() -> driver.findElement(By.cssSelector("[id$='moreUpcoming']")).click());
        }
        shownHere(markup, By.id("stop-" + stop), "caravan description", "caravan part");

        // an admin's programme (named to sort after the demo's) and its training, listed under it
        login("admin");
        open("/admin/programmes.xhtml?lang=sr-Latn");
        String programme = markup.payload("programme name", "zz");
        typeInto(By.id("programmeForm:name"), programme);
        typeInto(By.id("programmeForm:donor"), markup.payload("programme donor"));
        typeInto(By.id("programmeForm:beneficiary"), markup.payload("programme beneficiary"));
        guardAjax(() -> driver.findElement(By.id("programmeForm:save")).click());
        markup.page("admin", "/admin/programmes.xhtml");
        open("/admin/trainings.xhtml?lang=sr-Latn");
        new Select(driver.findElement(By.id("trainingForm:programmeId"))).selectByVisibleText(programme);
        String title = markup.payload("training title");
        for (String language : List.of("SrLatn", "SrCyrl", "En")) {
            typeInto(By.id("trainingForm:title" + language), title);
        }
        typeInto(By.id("trainingForm:descriptionSrLatn"), markup.payload("training description"));
        typeInto(By.id("trainingForm:durationHours"), "4");
        driver.findElement(By.cssSelector("label[for='trainingForm:topics:0']")).click();
        driver.findElement(By.cssSelector("label[for='trainingForm:audienceTypes:0']")).click();
        guardAjax(() -> driver.findElement(By.id("trainingForm:save")).click());
        guardAjax(() -> new Select(driver.findElement(By.id("trainingsForm:programme"))).selectByVisibleText(programme));
        shownHere(markup, By.id("trainingsForm:trainings"), "training title");
        guardAjax(() -> driver.findElement(By.cssSelector("[id$=':edit']")).click());
        shownHere(markup, By.id("trainingForm"), "training description");

        // the evaluator's questionnaire, its questions and options in the editor
        driver.manage().deleteAllCookies();
        login("evaluator");
        open("/evaluator/questionnaires.xhtml?lang=sr-Latn");
        String name = markup.payloads.get("questionnaire name").split(" ")[0];
        guardAjax(() -> driver.findElement(By.xpath("//*[@id='listForm:questionnaires']//tr[.//text()[contains(., '" + name
                + "')]]//*[contains(@id, ':edit')]")).click());
        shownHere(markup, By.id("editorForm"), "questionnaire question", "questionnaire option");
        return participant;
    }

    /** The newest open task of a process that the user sees. */
    private static String newestTask(ApiClient api, String processKey, String user) throws Exception {
        String body = api.get("api/tasks?processKey=" + processKey + "&max=100", user, null).body();
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .max(Comparator.comparing(t -> Instant.parse(t.getString("created"))))
                    .orElseThrow(() -> new AssertionError("no open task of " + processKey + ": " + body)).getString("id");
        }
    }

    /** The typed texts of these fields are shown in the element as typed, and nothing of any payload ran. */
    private void shownHere(TypedMarkup markup, By element, String... fields) {
        String shown = (String) js().executeScript("var e = arguments[0]; var shown = [e.innerText];"
                + "e.querySelectorAll('input, textarea').forEach(function (f) { shown.push(f.value); }); return shown.join('\\n');",
                driver.findElement(element));
        for (String field : fields) {
            assertThat(shown).as(field).contains(markup.payloads.get(field));
            shownOn.computeIfAbsent(field, f -> new TreeSet<>()).add(driver.getCurrentUrl());
        }
        assertThat(inspect(markup, driver.getCurrentUrl())).isNull();
    }

    /** Notes which typed texts the page shows as typed; returns what of a payload ran or became an element, if anything did. */
    private String inspect(TypedMarkup markup, String where) {
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) js().executeScript(INSPECT);
        String shown = (String) page.get("shown");
        markup.payloads.forEach((field, payload) -> {
            if (shown.contains(payload)) {
                shownOn.computeIfAbsent(field, f -> new TreeSet<>()).add(where);
            }
        });
        long made = ((Number) page.get("made")).longValue();
        boolean ran = Boolean.TRUE.equals(page.get("ran"));
        return made == 0 && !ran ? null : made + " elements made of markup" + (ran ? ", a script of it ran" : "");
    }

    private static boolean isExplicit(TypedMarkup markup, String user, String address) {
        return markup.pages.getOrDefault(user, Set.of()).stream().anyMatch(path -> address.endsWith(path));
    }

    @Test
    void shouldRefuseAnInjectedInlineScriptAndReportIt() {
        // Given a page, and a script that found its way into it without the page's nonce
        open("/index.xhtml");
        contentSecurityPolicyViolations();
        js().executeScript("""
                var injected = document.createElement('script');
                injected.textContent = 'window.injectedRan = true;';
                document.body.appendChild(injected);""");

        // Then it did not run, and the console says why (what every browser test looks for)
        assertThat(js().executeScript("return window.injectedRan === true")).isEqualTo(false);
        assertThat(contentSecurityPolicyViolations()).singleElement().asString().contains("inline script");
        // and the browser reported it to the server, which wrote it to the security log
        Path securityLog = Path.of(System.getProperty("jboss.home"), "standalone", "log", "security.log");
        new WebDriverWait(driver, Duration.ofSeconds(20), POLL).until(d -> securityLogHas(securityLog, "CSP_VIOLATION page=\"" + url("/index.xhtml")));
        assertThat(lastLine(securityLog, "CSP_VIOLATION")).contains("directive=\"script-src-elem\"", "blocked=\"inline\"", "address=\"127.0.0.1\"");
    }

    private static boolean securityLogHas(Path log, String text) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastLine(Path log, String event) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(event)).reduce((a, b) -> b).orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page a link opens, when it is one of the application's own screens and following it
     * changes nothing: not a download, an API call, a language switch or signing out.
     */
    private String pageOf(String address) {
        URI uri = URI.create(address.replace(" ", "%20"));
        URI root = URI.create(url("/"));
        if (!root.getAuthority().equals(uri.getAuthority()) || uri.getPath() == null || !uri.getPath().endsWith(".xhtml")) {
            return null;
        }
        if (uri.getPath().contains("jakarta.faces.resource") || (uri.getQuery() != null && uri.getQuery().contains("lang="))) {
            return null;
        }
        return uri.getPath();
    }
}
