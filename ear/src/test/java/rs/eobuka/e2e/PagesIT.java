package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;
import rs.eobuka.it.Deployments;

/** Every remaining page opens without error, passes axe, and keeps out who may not enter. */
class PagesIT extends BrowserIT {

    private static final By LSGU_TABLE = By.id("lsguForm:lsguTable");
    private static final By REGION = By.id("lsguForm:region");

    @Test
    void shouldFitAPhonesWidthWithoutSideScrolling() {
        Dimension desktop = driver.manage().window().getSize();
        try {
            // Given a phone-sized window
            driver.manage().window().setSize(new Dimension(375, 800));

            for (String page : List.of("/index.xhtml", "/municipalities.xhtml", "/login.xhtml", "/signup.xhtml")) {
                // When a page opens
                open(page);

                // Then nothing runs off the side of the screen
                Object overflow = js().executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + page).isLessThanOrEqualTo(0);
                screenshot("phone" + page.replace('/', '-').replace(".xhtml", ""));
            }
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    @Test
    void shouldListOrganizerOnUsersPageForAdmin() {
        login("admin");
        open("/admin/users.xhtml");

        guardAjax(() -> new Select(driver.findElement(By.id("usersForm:role"))).selectByValue("ORGANIZER"));

        assertThat(text(By.id("usersForm:users"))).contains("organizer");
        screenshot("admin-users");
        checkAccessibility("admin/users");
    }

    @Test
    void shouldShowAnAdminTheProcessEngineAndARegistrationsHistory() throws Exception {
        // Given a registration waiting for approval
        ApiFixtures fixtures = new ApiFixtures(new ApiClient(base));
        long registration = fixtures.registered(fixtures.publishedSession(5, null),
                fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU"));

        // When an admin opens the engine's page and looks the registration up by its id
        login("admin");
        navigate("nav-engine");
        assertNoErrorPage();
        assertThat(text(By.id("failed-jobs-count"))).matches("[0-9]+");
        checkAccessibility("admin/engine");
        typeInto(By.id("historyForm:businessKey"), String.valueOf(registration));
        guardAjax(() -> driver.findElement(By.id("historyForm:search")).click());

        // Then its running process is listed, and its steps so far are shown
        assertThat(text(By.id("historyForm:instances"))).contains("registration", "ACTIVE");
        guardAjax(() -> driver.findElement(By.id("historyForm:instances:0:show")).click());
        assertThat(driver.findElements(By.cssSelector("[id='historyForm:stepTable'] .step-name"))).isNotEmpty();
        screenshot("admin-engine");
        checkAccessibility("admin/engine-history");
    }

    @Test
    void shouldShowOutboxToAdmin() {
        login("admin");
        open("/admin/outbox.xhtml");

        assertNoErrorPage();
        screenshot("admin-outbox");
        checkAccessibility("admin/outbox");
    }

    @Test
    void shouldShowTaskListInAdminInbox() {
        login("admin");
        open("/inbox/index.xhtml");

        assertNoErrorPage();
        assertThat(present(By.id("inboxForm:tasks"))).isTrue();
        screenshot("inbox");
        checkAccessibility("inbox/index");
    }

    @Test
    void shouldFilterMunicipalitiesByRegionInBothScripts() {
        // Given the public catalogue
        open("/municipalities.xhtml");
        checkAccessibility("municipalities");

        // When a region is chosen
        Select region = new Select(driver.findElement(REGION));
        guardAjax(() -> region.selectByVisibleText("Region Šumadije i Zapadne Srbije"));

        // Then its cities are listed
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(LSGU_TABLE, "Kragujevac"));
        String regionKey = new Select(driver.findElement(REGION)).getFirstSelectedOption().getAttribute("value");
        screenshot("municipalities-sr-Latn");
        checkAccessibility("municipalities-filtered");

        // and in Cyrillic, in Cyrillic
        switchLanguage("sr-Cyrl");
        guardAjax(() -> new Select(driver.findElement(REGION)).selectByValue(regionKey));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(LSGU_TABLE, "Крагујевац"));
        screenshot("municipalities-sr-Cyrl");
        checkAccessibility("municipalities-sr-Cyrl");
    }

    @Test
    void shouldOpenSignUpPage() {
        expectPublicPage("/signup.xhtml", "signup");
        assertThat(present(By.id("signup:submit"))).isTrue();
    }

    @Test
    void shouldOpenPrivacyPage() {
        expectPublicPage("/privacy.xhtml", "privacy");
    }

    @Test
    void shouldOpenAccessibilityStatement() {
        expectPublicPage("/accessibility.xhtml", "accessibility");
    }

    @Test
    void shouldOpenACompetitionsPublicPagesWithoutSigningIn() {
        // an unknown or expired confirmation link is explained, with nothing to press
        expectPublicPage("/competition/confirm.xhtml?token=nepostojeca-veza", "competition-confirm-unknown");
        assertThat(text(By.id("confirm-outcome"))).startsWith("Ne možemo da pronađemo prijavu za ovu vezu.");
        assertThat(present(By.id("confirmForm:confirm"))).isFalse();

        expectPublicPage("/competition/index.xhtml?id=987654321", "competition-unknown");
        assertThat(text(By.id("competition-heading"))).isEqualTo("Konkurs ne postoji.");

        // so are an unknown vote link and the results of an unknown competition
        expectPublicPage("/competition/vote.xhtml?token=nepostojeca-veza", "competition-vote-unknown");
        assertThat(text(By.id("vote-outcome"))).startsWith("Ne nalazimo glas za ovu vezu.");
        assertThat(present(By.id("voteConfirmForm:confirm"))).isFalse();
        expectPublicPage("/competition/results.xhtml?id=987654321", "competition-results-unknown");
        assertThat(text(By.id("results-heading"))).isEqualTo("Konkurs ne postoji.");
    }

    @Test
    void shouldShowForbiddenPageToParticipantOnUsersPage() {
        login("official");

        open("/admin/users.xhtml");

        assertThat(present(By.id("error-heading"))).as("forbidden page").isTrue();
        assertThat(present(By.id("usersForm:users"))).isFalse();
        screenshot("forbidden");
        checkAccessibility("error/forbidden");
    }

    @Test
    void shouldSendAnonymousInboxVisitToLoginPage() {
        open("/inbox/index.xhtml");

        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
        assertThat(present(By.id("login:username"))).isTrue();
        assertThat(present(By.id("inboxForm:tasks"))).isFalse();
    }

    private void expectPublicPage(String path, String name) {
        open(path);

        assertNoErrorPage();
        assertThat(driver.findElements(By.tagName("h1"))).isNotEmpty();
        screenshot(name);
        checkAccessibility(name);
    }

    private void assertNoErrorPage() {
        assertThat(present(By.id("error-heading"))).as("error page instead of %s", driver.getCurrentUrl()).isFalse();
        assertThat(driver.getCurrentUrl()).doesNotContain("/login.xhtml");
    }
}
