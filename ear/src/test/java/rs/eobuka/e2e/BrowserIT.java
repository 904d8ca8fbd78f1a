package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Common ground of the browser tests: one headless Chromium per test class, the application's
 * base URL, the wait guards (never a sleep) and the page-independent steps (open, log in, log
 * out, switch language, check accessibility, take a screenshot).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String DEMO_PASSWORD = "demo-lozinka";
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /**
     * How often a wait asks the browser again. WebDriverWait's own 500 ms made every guarded click
     * wait half a second for an answer that takes tens of milliseconds; a question costs the
     * browser a few milliseconds.
     */
    static final Duration POLL = Duration.ofMillis(50);
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    /** Counts Faces (f:ajax) requests in flight; PrimeFaces and jQuery keep their own counts. */
    private static final String FACES_AJAX_HOOK = """
            var f = window.faces || window.jsf;
            if (f && f.ajax && !window.__e2eFacesHook) {
              window.__e2eFacesHook = true;
              window.__e2eFacesPending = 0;
              f.ajax.addOnEvent(function (d) {
                if (d.status === 'begin') { window.__e2eFacesPending++; }
                if (d.status === 'success') { window.__e2eFacesPending--; }
              });
              f.ajax.addOnError(function () { window.__e2eFacesPending--; });
            }""";

    private static final String AJAX_IDLE = """
            if (document.readyState !== 'complete') { return false; }
            if (window.__e2eFacesPending > 0) { return false; }
            if (window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue && !PrimeFaces.ajax.Queue.isEmpty()) { return false; }
            return !(window.jQuery && jQuery.active > 0);""";

    static WebDriver driver;

    /** A screenshot of the page as it was when a test failed. */
    @RegisterExtension
    static final AfterTestExecutionCallback SCREENSHOT_ON_FAILURE = context -> {
        if (context.getExecutionException().isPresent() && driver != null && context.getTestInstance().orElse(null) instanceof BrowserIT test) {
            test.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
        }
    };
    private static Path profile;

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean required = Boolean.getBoolean("e2e.required");
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        if (!present) {
            String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + "; at least one is missing.";
            if (required) {
                fail(message + " -De2e.required=true, so this is a failure.");
            }
            System.err.println("""

                    ********************************************************************
                    *  BROWSER TESTS SKIPPED: %s
                    *  Install Chromium and chromedriver, or run with -De2e.required=true to fail instead.
                    ********************************************************************
                    """.formatted(message));
            Assumptions.abort(message);
        }
        // The driver path is given explicitly, so Selenium Manager is never started; should
        // anything still reach it, it must not go online.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("eobuka-e2e-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        // a Serbian (Latin) browser, the application's default audience
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sr-Latn,sr"));
        // the console, where Chromium reports every Content-Security-Policy violation
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            profile = null;
        }
    }

    /** Every test starts anonymous, with no language chosen. */
    @BeforeEach
    void startAnonymous() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    /**
     * No test sees a script, style or resource refused by the Content-Security-Policy: every
     * page, dialog and ajax update the browser tests go through runs with the policy in force
     * (no inline script without the page's nonce, no eval).
     */
    @AfterEach
    void assertNoContentSecurityPolicyViolation() {
        assertThat(contentSecurityPolicyViolations()).as("Content-Security-Policy violations in the console").isEmpty();
    }

    /** The console's reports of refused content since the last look. */
    static List<String> contentSecurityPolicyViolations() {
        if (driver == null) {
            return List.of();
        }
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /**
     * A language chosen while signed in is remembered for the account, and the demo accounts are
     * shared by all tests: every test leaves its account in the default language.
     */
    @AfterEach
    void restoreDefaultLanguage() {
        if (driver.getCurrentUrl().startsWith("http")) {
            open("/index.xhtml?lang=sr-Latn");
        }
    }

    // ---- wait guards ----

    /** Runs an action that loads a new page and waits until that page has loaded. */
    void guardHttp(Runnable action) {
        WebElement before = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, TIMEOUT, POLL).until(d -> isGone(before));
        waitForPageLoad();
    }

    /**
     * Whether the old page's element is gone. Chromium reports a node of a replaced document
     * either as stale or as "does not belong to the document"; both mean the page was replaced.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    /** Runs an action that sends ajax requests (PrimeFaces or Faces) and waits until all have been answered. */
    void guardAjax(Runnable action) {
        js().executeScript(FACES_AJAX_HOOK);
        action.run();
        new WebDriverWait(driver, TIMEOUT, POLL).until(d -> Boolean.TRUE.equals(js().executeScript(AJAX_IDLE)));
    }

    void waitForPageLoad() {
        new WebDriverWait(driver, TIMEOUT, POLL).until(d -> "complete".equals(js().executeScript("return document.readyState")));
    }

    /**
     * Waits for a condition, asking again when the page replaced an element while it was read
     * (an Ajax update between finding an element and reading its text).
     */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, POLL);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    // ---- steps ----

    /** Opens a page by its path inside the application, e.g. {@code /admin/users.xhtml}. */
    void open(String path) {
        driver.get(url(path));
        waitForPageLoad();
    }

    String url(String path) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return root + (path.startsWith("/") ? path : "/" + path);
    }

    void login(String username) {
        login(username, DEMO_PASSWORD);
    }

    void login(String username, String password) {
        open("/login.xhtml");
        typeInto(By.id("login:username"), username);
        typeInto(By.id("login:password"), password);
        guardHttp(() -> driver.findElement(By.id("login:submit")).click());
    }

    void logout() {
        guardHttp(() -> driver.findElement(By.id("logoutForm:logout")).click());
    }

    /** Uses the header's language switch, e.g. {@code sr-Cyrl}. */
    void switchLanguage(String tag) {
        guardHttp(() -> driver.findElement(By.id("lang-" + tag)).click());
    }

    /**
     * Follows a link of the main menu by its id (e.g. {@code nav-inbox}) as a user would: on a
     * phone through the menu button first, then by opening the link's area, then the link.
     */
    void navigate(String navId) {
        WebElement link = driver.findElement(By.id(navId));
        if (!link.isDisplayed()) {
            WebElement toggle = driver.findElement(By.id("nav-toggle"));
            if (toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded"))) {
                toggle.click();
            }
            List<WebElement> area = link.findElements(By.xpath("ancestor::li[contains(@class,'ui-menu-parent')][1]/a"));
            if (!area.isEmpty() && !link.isDisplayed()) {
                area.get(0).click();
            }
            waiting().until(d -> link.isDisplayed());
        }
        guardHttp(link::click);
    }

    /** The labels of the main menu's areas, as shown (e.g. "Katalog", "Organizacija"). */
    List<String> menuAreas() {
        return driver.findElements(By.cssSelector("#nav-menubar > ul > li.ui-menu-parent > a")).stream()
                .map(a -> a.getAttribute("textContent").strip()).toList();
    }

    /**
     * Chooses an option of a searchable PrimeFaces select (p:selectOneMenu with a filter) as a
     * user does: opens it, types into its search field, and clicks the option with that label.
     */
    void choose(String selectId, String typed, String label) {
        openSearch(selectId, typed);
        By option = By.cssSelector("[id='" + selectId + "_items'] li[data-label='" + label + "']");
        waiting().until(d -> d.findElement(option).isDisplayed());
        driver.findElement(option).click();
        waiting().until(d -> !d.findElement(By.id(selectId + "_panel")).isDisplayed());
    }

    /**
     * As {@link #choose}, for the option of this value whatever the page's script: its label is
     * read from the hidden native select ({@code <id>_input}); where several places share a
     * name (the city and the municipality of Novi Sad), the list shows them in the same order.
     */
    void chooseValue(String selectId, String typed, String value) {
        List<String> labels = driver.findElements(By.cssSelector("[id='" + selectId + "_input'] option")).stream()
                .map(o -> o.getAttribute("value") + "\u0000" + o.getAttribute("textContent").strip()).toList();
        int index = labels.indexOf(labels.stream().filter(l -> l.startsWith(value + "\u0000")).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + value + " in " + selectId)));
        String label = labels.get(index).substring(value.length() + 1);
        long sameNameBefore = labels.subList(0, index).stream().filter(l -> l.endsWith("\u0000" + label)).count();
        openSearch(selectId, typed);
        By named = By.cssSelector("[id='" + selectId + "_items'] li[data-label='" + label + "']");
        waiting().until(d -> d.findElements(named).size() > sameNameBefore && d.findElements(named).get((int) sameNameBefore).isDisplayed());
        driver.findElements(named).get((int) sameNameBefore).click();
        waiting().until(d -> !d.findElement(By.id(selectId + "_panel")).isDisplayed());
    }

    private void openSearch(String selectId, String typed) {
        WebElement select = driver.findElement(By.id(selectId));
        // to the middle of the window: scrolled to its top edge, the sticky header would take the click
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
        select.click();
        By filter = By.id(selectId + "_filter");
        waiting().until(d -> d.findElement(filter).isDisplayed());
        WebElement search = driver.findElement(filter);
        search.clear();
        search.sendKeys(typed);
        // chromedriver types letters beyond its keyboard (Cyrillic, č) without key events; the
        // select filters on keyup, which a real keyboard sends after every letter
        js().executeScript("arguments[0].dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: arguments[1]}));",
                search, typed.substring(typed.length() - 1));
    }

    /** The value chosen in a PrimeFaces select (its hidden native select, {@code <id>_input}). */
    String chosen(String selectId) {
        return driver.findElement(By.id(selectId + "_input")).getAttribute("value");
    }

    /** Types into a field, finding it afresh if the page replaced it meanwhile. */
    void typeInto(By field, String text) {
        waiting().ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class).until(d -> {
            WebElement element = d.findElement(field);
            element.clear();
            element.sendKeys(text);
            return text.equals(element.getAttribute("value"));
        });
    }

    String text(By element) {
        return driver.findElement(element).getText();
    }

    boolean present(By element) {
        return !driver.findElements(element).isEmpty();
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** Lets the browser save downloads into a fresh folder, and returns it. */
    Path allowDownloads() throws IOException {
        Path dir = Files.createTempDirectory("eobuka-e2e-downloads-");
        ((HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString(), "eventsEnabled", true));
        return dir;
    }

    /**
     * Waits until a finished file with this ending is in the folder, and returns it. Chromium may
     * reserve the file's name with an empty file while it writes the {@code .crdownload} beside it.
     */
    Path downloaded(Path dir, String ending) {
        return new WebDriverWait(driver, Duration.ofSeconds(30), POLL).until(d -> {
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                for (Path file : all) {
                    if (file.getFileName().toString().endsWith(ending) && Files.size(file) > 0) {
                        return file;
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    // ---- checks and evidence ----

    /** Runs axe on the current page and fails on every serious or critical violation. */
    void checkAccessibility(String pageName) {
        // messages and dialog masks fade in; contrast measured mid-fade is not what the reader sees
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('.ui-growl-item-container'))"
                        + ".every(e => getComputedStyle(e).opacity === '1')"
                        + " && document.getAnimations().every(a => a.playState !== 'running'"
                        + "      || !isFinite(a.effect.getComputedTiming().endTime))"
                        + " && (!window.jQuery || jQuery(':animated').length === 0);")));
        // axe runs in the page itself (its legacy mode): by default it analyses every frame apart
        // and joins the results in a new blank tab, injecting itself twice, which took 1.8 s a
        // page against 1.0 s, with the same results (the pages have no frames of other origins)
        Results results = new AxeBuilder().setLegacyMode(true).analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            screenshot(pageName + "-axe");
            fail("Accessibility violations on " + pageName + " (" + driver.getCurrentUrl() + "):\n"
                    + blocking.stream().map(BrowserIT::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        String where = rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf).limit(5)
                .collect(Collectors.joining(", "));
        return "  [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " at " + where;
    }

    /** Saves a PNG of the browser window as {@code <screenshots.dir>/<TestClass>-<name>.png}. */
    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            String file = getClass().getSimpleName() + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
            Files.copy(png.toPath(), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
