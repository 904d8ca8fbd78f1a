package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open what: every page of the application and every API collection, as anonymous and as
 * each role, against the table below. A page the table does not name fails the test (default
 * deny: a new page must say who may open it). "Opens" means the request passes authorization
 * (a page may still answer 404 without the id it needs); a refusal is the login (anonymous) or
 * 403 (a signed-in role); nothing answers 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    enum Who { ANONYMOUS, PARTICIPANT, ORGANIZER, EVALUATOR, JUROR, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> ORGANIZER_ADMIN = EnumSet.of(Who.ORGANIZER, Who.ADMIN);

    /** Demo accounts of each role (password {@link ApiClient#DEMO_PASSWORD}). */
    private static final Map<Who, String> ACCOUNTS = Map.of(Who.PARTICIPANT, "official", Who.ORGANIZER, "organizer",
            Who.EVALUATOR, "evaluator", Who.JUROR, "juror", Who.ADMIN, "admin");

    private static final Map<String, Set<Who>> PAGES = new TreeMap<>();

    static {
        for (String page : List.of("accessibility", "campaign", "caravan/index", "catalogue/index", "catalogue/session", "certificates/verify",
                "competition/confirm", "competition/index", "competition/results", "competition/vote", "error/error", "error/expired",
                "error/forbidden", "error/not-found", "feedback/answer", "forgot-password", "index", "login", "map", "municipalities",
                "municipality", "privacy", "reports/index", "reports/report", "reset-password", "signup", "verify")) {
            PAGES.put(page, EVERYONE);
        }
        for (String page : List.of("account/profile", "account/role-request", "inbox/index", "registrations/index",
                "registrations/registration", "caravan/tally")) {
            PAGES.put(page, SIGNED_IN);
        }
        for (String task : List.of("competition-results-approval", "competition-results-proposal", "entry-moderation", "entry-scoring",
                "erasure-review", "impact-report-review", "impact-report-write", "registration-approval", "role-request-review",
                "session-review", "session-revision", "workshop-answer", "workshop-checklist", "workshop-proposal", "workshop-report",
                "workshop-triage")) {
            // the form itself checks the task against the caller (InboxService.get)
            PAGES.put("tasks/" + task, SIGNED_IN);
        }
        PAGES.put("workshops/mine", EnumSet.of(Who.PARTICIPANT));
        PAGES.put("workshops/request", EnumSet.of(Who.PARTICIPANT));
        for (String page : List.of("access-log", "engine", "outbox", "processing-record", "users")) {
            PAGES.put("admin/" + page, EnumSet.of(Who.ADMIN));
        }
        PAGES.put("admin/programmes", ORGANIZER_ADMIN);
        PAGES.put("admin/trainings", ORGANIZER_ADMIN);
        for (String page : List.of("calendar", "trainers", "venues")) {
            PAGES.put("organizer/" + page, ORGANIZER_ADMIN);
        }
        for (String page : List.of("caravan-report", "caravan", "eservices", "propose", "roster", "sessions", "workshops")) {
            PAGES.put("organizer/" + page, EnumSet.of(Who.ORGANIZER));
        }
        for (String page : List.of("compare", "questionnaires", "report", "reports", "results", "surveys")) {
            PAGES.put("evaluator/" + page, EnumSet.of(Who.EVALUATOR));
        }
        PAGES.put("competition/jury", EnumSet.of(Who.JUROR));
    }

    /** The API's collections that answer GET, and who may read them. */
    private static final Map<String, Set<Who>> ENDPOINTS = new TreeMap<>(Map.ofEntries(
            Map.entry("municipalities", EVERYONE), Map.entry("map", EVERYONE), Map.entry("campaigns", EVERYONE),
            Map.entry("competitions", EVERYONE), Map.entry("sessions", EVERYONE), Map.entry("trainings", EVERYONE),
            Map.entry("caravan-events", EVERYONE), Map.entry("impact-reports", EVERYONE),
            Map.entry("registrations", SIGNED_IN), Map.entry("tasks", SIGNED_IN), Map.entry("me/data", SIGNED_IN),
            Map.entry("me/erasure-request", SIGNED_IN),
            Map.entry("workshop-requests", EnumSet.of(Who.PARTICIPANT, Who.ORGANIZER, Who.ADMIN)),
            Map.entry("trainers", ORGANIZER_ADMIN), Map.entry("venues", ORGANIZER_ADMIN), Map.entry("bookings", ORGANIZER_ADMIN),
            Map.entry("free-slots", ORGANIZER_ADMIN),
            Map.entry("questionnaires", EnumSet.of(Who.EVALUATOR)), Map.entry("feedback-results", EnumSet.of(Who.EVALUATOR)),
            Map.entry("admin/access-log", EnumSet.of(Who.ADMIN)), Map.entry("admin/outbox", EnumSet.of(Who.ADMIN)),
            Map.entry("admin/incidents", EnumSet.of(Who.ADMIN))));

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    @ArquillianResource
    URL base;

    @Test
    void shouldNameEveryPageInTheTable() throws IOException {
        Path webapp = Path.of("..", "web", "src", "main", "webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            Set<String> pages = files.map(file -> webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> page.endsWith(".xhtml") && !page.startsWith("WEB-INF/") && !page.startsWith("resources/"))
                    .map(page -> page.substring(0, page.length() - ".xhtml".length()))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            assertThat(PAGES.keySet()).as("every page says who may open it").containsExactlyInAnyOrderElementsOf(pages);
        }
    }

    @Test
    void shouldLetEachRoleOpenOnlyItsPages() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            HttpClient browser = signedIn(who);
            for (Map.Entry<String, Set<Who>> page : PAGES.entrySet()) {
                HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(uri(page.getKey() + ".xhtml"))
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.discarding());
                String seen = pageOutcome(response);
                String expected = page.getValue().contains(who) ? "opens" : who == Who.ANONYMOUS ? "login" : "403";
                if (!seen.equals(expected)) {
                    wrong.add(who + " " + page.getKey() + ": " + seen + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldLetEachRoleReadOnlyItsApiCollections() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Map.Entry<String, Set<Who>> endpoint : ENDPOINTS.entrySet()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri("api/" + endpoint.getKey())).timeout(Duration.ofSeconds(60)).GET();
                if (who != Who.ANONYMOUS) {
                    request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (ACCOUNTS.get(who) + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
                }
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                String seen = status == 401 ? "401" : status == 403 ? "403" : status >= 500 ? "error " + status : "opens";
                String expected = endpoint.getValue().contains(who) ? "opens" : who == Who.ANONYMOUS ? "401" : "403";
                if (!seen.equals(expected)) {
                    wrong.add(who + " api/" + endpoint.getKey() + ": " + seen + " (" + status + "), expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String pageOutcome(HttpResponse<Void> response) {
        int status = response.statusCode();
        if (status == 302 || status == 303) {
            return response.headers().firstValue("Location").filter(location -> location.contains("/login.xhtml")).isPresent() ? "login" : "opens";
        }
        if (status == 403) {
            return "403";
        }
        return status >= 500 ? "error " + status : "opens";
    }

    /** A client that keeps its cookies, signed in through the login form as the role's demo account (none for anonymous). */
    private HttpClient signedIn(Who who) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        if (who == Who.ANONYMOUS) {
            return browser;
        }
        String form = browser.send(HttpRequest.newBuilder(uri("login.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(form);
        assertThat(viewState.find()).as("the login form's view state").isTrue();
        String body = Map.of("login", "login", "login:username", ACCOUNTS.get(who), "login:password", ApiClient.DEMO_PASSWORD,
                        "login:submit", "", "jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"))
                .entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<Void> signIn = browser.send(HttpRequest.newBuilder(uri("login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.statusCode()).as("signing in as " + ACCOUNTS.get(who)).isIn(302, 303);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("login.xhtml"));
        return browser;
    }

    private URI uri(String path) throws Exception {
        return base.toURI().resolve(path);
    }
}
