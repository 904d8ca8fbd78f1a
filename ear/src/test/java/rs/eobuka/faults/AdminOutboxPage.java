package rs.eobuka.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The admin's outbox page ({@code admin/outbox.xhtml}) driven as the browser does: the login
 * form, then the page's own Faces requests (the status filter, a row's resend button), each
 * answered with the part of the page the browser would redraw.
 */
final class AdminOutboxPage {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern RESEND = Pattern.compile("id=\"(outboxForm:messagesTable:\\d+:resend)\"");
    private static final Pattern UPDATE_VIEW_STATE = Pattern.compile("<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private String viewState;
    private String html;

    AdminOutboxPage(URI base) {
        this.base = base;
    }

    /** Logs in as the demo admin and opens the page showing only failed messages. */
    AdminOutboxPage openFailed() throws Exception {
        String login = get("login.xhtml");
        String state = match(VIEW_STATE, login);
        HttpResponse<String> signedIn = post("login.xhtml", form(Map.of("login", "login", "login:username", "admin",
                "login:password", "demo-lozinka", "login:submit", "", "jakarta.faces.ViewState", state)), false);
        assertThat(signedIn.statusCode()).as("admin's login").isLessThan(400);
        html = get("admin/outbox.xhtml");
        viewState = match(VIEW_STATE, html);
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("jakarta.faces.partial.ajax", "true");
        filter.put("jakarta.faces.source", "outboxForm:status");
        filter.put("jakarta.faces.partial.execute", "outboxForm:status");
        filter.put("jakarta.faces.partial.render", "outboxForm:messagesTable");
        filter.put("jakarta.faces.behavior.event", "change");
        filter.put("jakarta.faces.partial.event", "change");
        filter.put("outboxForm", "outboxForm");
        filter.put("outboxForm:status", "FAILED");
        filter.put("jakarta.faces.ViewState", viewState);
        html = ajax(filter);
        return this;
    }

    /** What the page shows now (the last redrawn part). */
    String shown() {
        return html;
    }

    /** Whether a resend button is on the page. */
    boolean hasResend() {
        return RESEND.matcher(html).find();
    }

    /** One click on the first row's resend button; the form is redrawn with the failed messages left. */
    void resendFirst() throws Exception {
        String button = match(RESEND, html);
        Map<String, String> click = new LinkedHashMap<>();
        click.put("jakarta.faces.partial.ajax", "true");
        click.put("jakarta.faces.source", button);
        click.put("jakarta.faces.partial.execute", "@all");
        click.put("jakarta.faces.partial.render", "outboxForm");
        click.put(button, button);
        click.put("outboxForm", "outboxForm");
        click.put("outboxForm:status", "FAILED");
        click.put("jakarta.faces.ViewState", viewState);
        html = ajax(click);
    }

    private String ajax(Map<String, String> fields) throws Exception {
        HttpResponse<String> response = post("admin/outbox.xhtml", form(fields), true);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).as("a partial response without an error").contains("<partial-response").doesNotContain("<error>");
        Matcher state = UPDATE_VIEW_STATE.matcher(response.body());
        if (state.find()) {
            viewState = state.group(1);
        }
        return response.body();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> post(String path, String body, boolean ajax) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text.length() > 2000 ? text.substring(0, 2000) : text).isTrue();
        return matcher.group(1);
    }
}
