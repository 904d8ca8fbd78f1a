package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A crawl of the application as each role sees it: from the home page every link to a page of
 * the application is followed (one address per page), and the console holds no report of a
 * script, style or resource refused by the Content-Security-Policy, which allows no inline script
 * without the page's nonce and no eval. (Every other browser test checks the same after each of
 * its steps, dialogs and ajax updates included: {@link BrowserIT}.)
 */
class ContentSecurityPolicyIT extends BrowserIT {

    /** Who crawls: each role from its own home page, every page it reaches. */
    private static final List<String> CRAWLERS = List.of("admin", "organizer", "evaluator", "juror", "official", "");
    private static final String LINKS = """
            return Array.from(document.querySelectorAll('a[href]'))
                .map(function (a) { return new URL(a.getAttribute('href'), document.baseURI).href; });""";

    @Test
    void shouldRunEveryPageOfEveryRoleWithoutAViolation() {
        Map<String, Set<String>> crawled = new TreeMap<>();
        Map<String, List<String>> violations = new LinkedHashMap<>();
        contentSecurityPolicyViolations();
        for (String who : CRAWLERS) {
            String role = who.isEmpty() ? "anonymous" : who;
            driver.manage().deleteAllCookies();
            if (!who.isEmpty()) {
                login(who);
            }
            Set<String> seen = new HashSet<>();
            Deque<String> toVisit = new ArrayDeque<>(List.of(url("/index.xhtml")));
            while (!toVisit.isEmpty()) {
                String address = toVisit.poll();
                String page = pageOf(address);
                if (page == null || !seen.add(page)) {
                    continue;
                }
                crawled.computeIfAbsent(page, p -> new TreeSet<>()).add(role);
                driver.get(address);
                waitForPageLoad();
                List<String> refused = contentSecurityPolicyViolations();
                if (!refused.isEmpty()) {
                    violations.put(page + " (" + role + ")", refused);
                }
                @SuppressWarnings("unchecked")
                List<String> links = (List<String>) js().executeScript(LINKS);
                toVisit.addAll(links);
            }
        }

        System.out.println("crawled " + crawled.size() + " pages, " + crawled.values().stream().mapToInt(Set::size).sum()
                + " page views: " + crawled);
        assertThat(violations).as("Content-Security-Policy violations by page").isEmpty();
        // the crawl reached the screens of every role, not only the public ones
        assertThat(crawled).containsKeys("/index.xhtml", "/catalogue/session.xhtml", "/admin/engine.xhtml", "/organizer/calendar.xhtml",
                "/evaluator/results.xhtml", "/competition/jury.xhtml", "/registrations/index.xhtml", "/map.xhtml");
        assertThat(crawled.size()).isGreaterThanOrEqualTo(40);
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
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> securityLogHas(securityLog, "CSP_VIOLATION page=\"" + url("/index.xhtml")));
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
