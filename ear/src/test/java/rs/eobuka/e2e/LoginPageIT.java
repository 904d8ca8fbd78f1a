package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.Deployments;

/** login.xhtml: every demo account reaches its own home page; wrong passwords and logout. */
class LoginPageIT extends BrowserIT {

    @Test
    void shouldShowAdminHomeWithInboxAndUsers() {
        loginAndExpectStaffHome("admin", "Ana Administratorka");

        assertThat(present(By.id("nav-users"))).as("admin sees the users link").isTrue();
        assertThat(text(By.id("active-accounts-count"))).matches("[1-9][0-9.]*");
        assertThat(menuAreas()).containsExactly("Katalog", "Moja obuka", "Administracija");
    }

    @Test
    void shouldShowOrganizerHomeWithInbox() {
        loginAndExpectStaffHome("organizer", "Oliver Organizator");

        assertThat(present(By.id("nav-users"))).as("only admins see the users link").isFalse();
        assertThat(present(By.id("nav-role-request"))).as("an organizer already holds a staff role").isFalse();
        assertThat(menuAreas()).containsExactly("Katalog", "Moja obuka", "Organizacija");
    }

    @Test
    void shouldShowEvaluatorHomeWithInbox() {
        loginAndExpectStaffHome("evaluator", "Eva Evaluatorka");

        // the demo impact report waiting for review is the evaluator's work: the open-tasks card leads to the inbox
        assertThat(Integer.parseInt(text(By.id("open-tasks-count")))).isPositive();
        assertThat(driver.findElement(By.id("open-tasks-link")).getAttribute("href")).endsWith("/inbox/index.xhtml");
        assertThat(present(By.id("nothing-waiting"))).isFalse();
        assertThat(menuAreas()).containsExactly("Katalog", "Moja obuka", "Evaluacija");
    }

    @Test
    void shouldShowJurorHomeWithInbox() {
        loginAndExpectStaffHome("juror", "Jovan Žirijević");

        // the demo competition's entries waiting for the demo juror's scores: the open-tasks card leads to the inbox
        assertThat(Integer.parseInt(text(By.id("open-tasks-count")))).isPositive();
        assertThat(driver.findElement(By.id("open-tasks-link")).getAttribute("href")).endsWith("/inbox/index.xhtml");
        assertThat(menuAreas()).containsExactly("Katalog", "Moja obuka", "Žiri");
    }

    @Test
    void shouldShowParticipantHomeWithRoleRequestLinkButNoInbox() {
        login("official");

        assertThat(text(By.id("home-heading"))).contains("Milica Službenica");
        assertThat(present(By.id("nav-inbox"))).as("a participant has no inbox").isFalse();
        assertThat(present(By.id("nav-users"))).isFalse();
        assertThat(present(By.id("nav-role-request"))).as("a participant may ask for a staff role").isTrue();
        assertThat(menuAreas()).containsExactly("Katalog", "Moja obuka");
        assertNoZeroOnCards();
        checkAccessibility("home-official");
    }

    @Test
    void shouldStayOnLoginPageWithUsernameAfterWrongPassword() {
        // Given the login page
        open("/login.xhtml");
        checkAccessibility("login");

        // When a wrong password is sent
        login("evaluator", "not-the-password-1");

        // Then an error is shown and the username is still there
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
        assertThat(text(By.id("login:messages"))).contains("Pogrešno korisničko ime ili lozinka.");
        assertThat(driver.findElement(By.id("login:username")).getAttribute("value")).isEqualTo("evaluator");
        screenshot("wrong-password");
        checkAccessibility("login-failed");

        // and the right password still works (and clears the failed-login count)
        login("evaluator");
        assertThat(text(By.id("home-heading"))).contains("Eva Evaluatorka");
    }

    @Test
    void shouldLetTheOwnersBrowserInWhileOthersGuessesLockTheAccount() throws Exception {
        // Given a participant who has signed in from this browser before
        String username = ParticipantSteps.createParticipant(base, "Jovan Zaključani");
        login(username, ParticipantSteps.PASSWORD);
        assertThat(present(By.id("logoutForm:logout"))).isTrue();
        logout();

        // When someone elsewhere locks the account by guessing
        lockFromElsewhere(username);

        // Then the owner still signs in from their browser
        login(username, ParticipantSteps.PASSWORD);
        assertThat(present(By.id("logoutForm:logout"))).as("signed in past the lock").isTrue();
        logout();

        // When the account is locked again and the browser no longer holds the mark of its earlier sign-in
        lockFromElsewhere(username);
        driver.manage().deleteCookieNamed("EOBUKA_DEVICE");
        login(username, ParticipantSteps.PASSWORD);

        // Then the lock holds, and the page points to a new password
        assertThat(text(By.id("login:messages"))).contains("Previše neuspelih pokušaja", "Zaboravili ste lozinku?");
        assertThat(present(By.id("logoutForm:logout"))).isFalse();
    }

    /** Five wrong passwords over the API from a loopback address of its own, so the suite's 127.0.0.1 is not held back. */
    private void lockFromElsewhere(String username) throws Exception {
        ApiClient api = new ApiClient(base);
        String address = ApiClient.freshLoopbackAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(api.callFrom(address, username + ":a-wrong-guess-" + i).status()).isEqualTo(401);
        }
        assertThat(api.callFrom(address, username + ":" + ParticipantSteps.PASSWORD).status()).as("locked").isEqualTo(401);
    }

    @Test
    void shouldReturnToAnonymousHomeOnLogout() {
        // Given a signed-in organizer
        login("organizer");
        assertThat(present(By.id("logoutForm:logout"))).isTrue();

        // When logging out
        logout();

        // Then the home page is anonymous again
        assertThat(driver.findElement(By.id("login-link")).isDisplayed()).isTrue();
        assertThat(present(By.id("nav-inbox"))).isFalse();
        assertThat(present(By.id("user-name"))).isFalse();
    }

    @Test
    void shouldShowEveryRolesHomeInEveryLanguage() {
        Map<String, String> homeLink = Map.of("sr-Latn", "Početna", "sr-Cyrl", "Почетна", "en", "Home");
        for (String username : List.of("admin", "organizer", "evaluator", "juror", "official")) {
            // Given a signed-in demo account
            driver.manage().deleteAllCookies();
            login(username);
            for (String language : List.of("sr-Cyrl", "en", "sr-Latn")) {
                // When it switches the language
                switchLanguage(language);

                // Then its home page is in that language
                assertThat(js().executeScript("return document.documentElement.lang")).as(username).isEqualTo(language);
                assertThat(text(By.id("nav-home"))).as(username + " in " + language).isEqualTo(homeLink.get(language));
                assertThat(present(By.id("home-heading"))).isTrue();
                assertThat(present(By.id("user-name"))).as(username + " still signed in").isTrue();
            }
            logout();
        }
    }

    private void loginAndExpectStaffHome(String username, String fullName) {
        // When the demo account logs in
        login(username);

        // Then its home page greets it and shows its work, never as a zero
        assertThat(driver.getCurrentUrl()).contains("/index.xhtml");
        assertThat(text(By.id("home-heading"))).contains(fullName);
        assertThat(present(By.id("home-cards"))).isTrue();
        assertNoZeroOnCards();
        assertThat(present(By.id("nav-inbox"))).as("staff see the inbox link").isTrue();
        screenshot("home-" + username);
        checkAccessibility("home-" + username);
    }

    /** A card with nothing to show is left out: no figure on the home page reads 0. */
    private void assertNoZeroOnCards() {
        assertThat(driver.findElements(By.cssSelector("#home-cards .figure")).stream().map(e -> e.getText().strip()).toList())
                .doesNotContain("0");
    }
}
