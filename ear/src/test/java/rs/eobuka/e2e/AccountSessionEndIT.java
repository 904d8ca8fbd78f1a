package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.e2e.ParticipantSteps.PASSWORD;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * A change of what an account may do ends its signed-in sessions at once: the admin disables a
 * participant, and the participant's open session (a browser's, and the same cookie in an API
 * client) no longer works, where before it lasted until it timed out.
 */
class AccountSessionEndIT extends BrowserIT {

    private static final String SESSION_COOKIE = "EOBUKA_SESSION";

    @Test
    void shouldEndTheOpenSessionsOfAnAccountTheAdminDisables() throws Exception {
        // Given a participant signed in, whose session also serves an API client
        String username = ParticipantSteps.createParticipant(base, "Dragana Odjavljena");
        login(username, PASSWORD);
        open("/registrations/index.xhtml");
        assertThat(driver.getCurrentUrl()).contains("/registrations/index.xhtml");
        Cookie session = driver.manage().getCookieNamed(SESSION_COOKIE);
        assertThat(session).isNotNull();
        assertThat(myRegistrations(session).statusCode()).isEqualTo(200);

        // When an admin, signed in elsewhere, disables the account
        driver.manage().deleteAllCookies();
        login("admin");
        open("/admin/users.xhtml");
        guardAjax(() -> typeInto(By.id("usersForm:text"), username));
        waiting().until(d -> text(By.id("usersForm:users")).contains(username)
                && d.findElements(By.cssSelector("[id='usersForm:users'] tbody tr")).size() == 1);
        guardAjax(() -> driver.findElement(By.id("usersForm:users:0:toggle")).click());
        waiting().until(d -> text(By.id("usersForm:users")).contains("Onemogućen"));

        // Then the participant's session is over: the API answers 401, and a page sends them to log in
        HttpResponse<String> after = myRegistrations(session);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie(SESSION_COOKIE, session.getValue(), session.getPath()));
        open("/registrations/index.xhtml");
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
        assertThat(present(By.id("nav-my-registrations"))).isFalse();
    }

    /** The participant's registrations over the API, sent with the session's cookie and no credentials. */
    private HttpResponse<String> myRegistrations(Cookie session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/registrations")))
                .header("Cookie", SESSION_COOKIE + "=" + session.getValue()).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
