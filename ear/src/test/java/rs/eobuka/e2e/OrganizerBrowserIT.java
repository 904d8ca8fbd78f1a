package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Steps shared by the organizer screens' browser tests: test data through
 * {@link TrainingSetupServlet}, opening a task from the inbox, downloads, the phone-width check.
 */
abstract class OrganizerBrowserIT extends BrowserIT {

    /** Calls a setup step and returns its answer (an id). */
    String setup(String query) {
        return setup(TrainingSetupServlet.PATH, query);
    }

    /** Calls a step of the setup servlet at that path (another feature's test data) and returns its answer. */
    String setup(String path, String query) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url("/" + path + "?" + query))).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("setup %s: %s", query, response.body()).isEqualTo(200);
            return response.body().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A published session starting in so many minutes, with so many seats. */
    long publishedSession(int startInMinutes, int capacity) {
        return Long.parseLong(setup("do=session&startInMinutes=" + startInMinutes + "&capacity=" + capacity));
    }

    /** A fresh LSGU official; returns the username. */
    String participant(String fullName) {
        String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        setup("do=participant&username=" + username + "&fullName=" + URLEncoder.encode(fullName, StandardCharsets.UTF_8));
        return username;
    }

    /** A fresh organizer; returns the username (password {@link TrainingSetupServlet#PASSWORD}). */
    String organizer(String fullName) {
        String username = "e2e-org-" + UUID.randomUUID().toString().substring(0, 8);
        setup("do=organizer&username=" + username + "&fullName=" + URLEncoder.encode(fullName, StandardCharsets.UTF_8));
        return username;
    }

    void loginAs(String username) {
        login(username, TrainingSetupServlet.PASSWORD);
    }

    long register(long sessionId, String username) {
        return Long.parseLong(setup("do=register&session=" + sessionId + "&username=" + username));
    }

    /**
     * Opens, from the inbox, the task of the process whose form shows this text in the element
     * of that id (the newest tasks come first).
     */
    void openTaskFromInbox(String processKey, String taskName, String elementId, String expected) {
        open("/inbox/index.xhtml");
        guardAjax(() -> new Select(driver.findElement(By.id("inboxForm:process"))).selectByValue(processKey));
        List<String> links = inboxLinks(taskName);
        assertThat(links).as("'%s' tasks in the inbox", taskName).isNotEmpty();
        for (String href : links) {
            driver.get(href);
            waitForPageLoad();
            List<WebElement> shown = driver.findElements(By.id(elementId));
            if (!shown.isEmpty() && shown.get(0).getText().contains(expected)) {
                return;
            }
        }
        throw new AssertionError("no '" + taskName + "' task showing " + expected + " among " + links);
    }

    /**
     * The form links of the inbox rows of this kind of task: a row shows what the task is about
     * as its link, with the task's name under it.
     */
    List<String> inboxLinks(String taskName) {
        return driver.findElements(By.cssSelector("[id='inboxForm:tasks'] tbody tr")).stream()
                .filter(row -> row.findElements(By.cssSelector("[id$=':taskName']")).stream()
                        .anyMatch(name -> name.getText().trim().equals(taskName)))
                .map(row -> row.findElement(By.cssSelector("[id$=':open']")).getAttribute("href"))
                .toList();
    }

    /**
     * Fills a p:datePicker's text field (id ending in {@code _input}) without its calendar
     * overlay, which otherwise opens over the form and rewrites the text while it is typed.
     */
    void setDate(String inputId, String text) {
        WebElement input = driver.findElement(By.id(inputId));
        js().executeScript("arguments[0].value = arguments[1];", input, text);
        assertThat(input.getAttribute("value")).isEqualTo(text);
    }

    /** The current page fits a phone's width without side scrolling. */
    void checkPhoneWidth(String path) {
        Dimension desktop = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(375, 800));
            open(path);
            Object overflow = js().executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            screenshot("phone" + path.replace('/', '-').replaceAll("[.?=&].*", ""));
            assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + path).isLessThanOrEqualTo(0);
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }
}
