package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The main menu (WEB-INF/templates/main.xhtml): grouped by area, showing each role only the areas
 * it may use, in the three languages; on a phone folded behind a menu button that opens it.
 */
class MainMenuIT extends BrowserIT {

    private static final List<String> LANGUAGES = List.of("sr-Latn", "sr-Cyrl", "en");

    /** The areas each demo account sees, in each language. */
    private static final Map<String, Map<String, List<String>>> AREAS = Map.of(
            "official", Map.of(
                    "sr-Latn", List.of("Katalog", "Moja obuka"),
                    "sr-Cyrl", List.of("Каталог", "Моја обука"),
                    "en", List.of("Catalogue", "My training")),
            "organizer", Map.of(
                    "sr-Latn", List.of("Katalog", "Moja obuka", "Organizacija"),
                    "sr-Cyrl", List.of("Каталог", "Моја обука", "Организација"),
                    "en", List.of("Catalogue", "My training", "Organize")),
            "evaluator", Map.of(
                    "sr-Latn", List.of("Katalog", "Moja obuka", "Evaluacija"),
                    "sr-Cyrl", List.of("Каталог", "Моја обука", "Евалуација"),
                    "en", List.of("Catalogue", "My training", "Evaluate")),
            "juror", Map.of(
                    "sr-Latn", List.of("Katalog", "Moja obuka", "Žiri"),
                    "sr-Cyrl", List.of("Каталог", "Моја обука", "Жири"),
                    "en", List.of("Catalogue", "My training", "Jury")),
            "admin", Map.of(
                    "sr-Latn", List.of("Katalog", "Moja obuka", "Administracija"),
                    "sr-Cyrl", List.of("Каталог", "Моја обука", "Администрација"),
                    "en", List.of("Catalogue", "My training", "Administration")));

    @Test
    void shouldShowVisitorOnlyTheCatalogueArea() {
        open("/index.xhtml?lang=sr-Latn");
        assertThat(menuAreas()).containsExactly("Katalog");
        switchLanguage("sr-Cyrl");
        assertThat(menuAreas()).containsExactly("Каталог");
        switchLanguage("en");
        assertThat(menuAreas()).containsExactly("Catalogue");
        assertThat(present(By.id("nav-my-registrations"))).isFalse();

        // the catalogue area opens and leads to the list of local self-governments
        navigate("nav-municipalities");
        assertThat(driver.getCurrentUrl()).contains("/municipalities.xhtml");
        assertThat(driver.findElement(By.id("nav-municipalities")).getAttribute("aria-current")).isEqualTo("page");
    }

    @Test
    void shouldShowEachRoleOnlyItsAreasInEveryLanguage() {
        for (String username : List.of("official", "organizer", "evaluator", "juror", "admin")) {
            // Given a signed-in demo account
            driver.manage().deleteAllCookies();
            login(username);
            for (String language : List.of("sr-Cyrl", "en", "sr-Latn")) {
                // When it switches the language
                switchLanguage(language);

                // Then the menu shows its areas, and only those, in that language
                assertThat(menuAreas()).as(username + " in " + language).containsExactlyElementsOf(AREAS.get(username).get(language));
            }
            // the role request is for participants only; the inbox for staff only
            assertThat(present(By.id("nav-role-request"))).as(username + " sees the role request").isEqualTo(username.equals("official"));
            assertThat(present(By.id("nav-inbox"))).as(username + " sees the inbox").isEqualTo(!username.equals("official"));
            logout();
        }
    }

    @Test
    void shouldOpenAreaAndMarkCurrentPage() {
        // Given an organizer on the home page
        login("organizer");
        open("/index.xhtml?lang=sr-Latn");
        WebElement inbox = driver.findElement(By.id("nav-inbox"));
        assertThat(inbox.isDisplayed()).as("closed areas hide their links").isFalse();

        // When they open the organize area with the keyboard
        WebElement organize = driver.findElement(By.cssSelector("#nav-area-organize > a, li#nav-area-organize > a"));
        organize.click();

        // Then its links show, the area says it is expanded, and the page stays accessible
        waiting().until(d -> inbox.isDisplayed());
        assertThat(organize.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(driver.findElement(By.id("nav-propose")).isDisplayed()).isTrue();
        screenshot("organize-open");
        checkAccessibility("menu-open");

        // When they follow a link, the page it leads to is marked as current, and so is its area
        guardHttp(inbox::click);
        assertThat(driver.getCurrentUrl()).contains("/inbox/index.xhtml");
        assertThat(driver.findElement(By.id("nav-inbox")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(driver.findElement(By.id("nav-area-organize")).getAttribute("class")).contains("nav-current");
    }

    @Test
    void shouldFoldMenuBehindButtonOnPhone() {
        Dimension desktop = driver.manage().window().getSize();
        try {
            // Given an organizer on a phone
            driver.manage().window().setSize(new Dimension(390, 844));
            login("organizer");
            open("/index.xhtml?lang=sr-Latn");

            // Then the menu is folded behind its button, which says so
            WebElement toggle = driver.findElement(By.id("nav-toggle"));
            assertThat(toggle.isDisplayed()).isTrue();
            assertThat(toggle.getText()).isEqualTo("Meni");
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(driver.findElement(By.id("nav-menubar")).isDisplayed()).isFalse();
            assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
            screenshot("phone-home");
            checkAccessibility("phone-home");

            // When the button is pressed
            toggle.click();

            // Then the menu opens as a list of areas
            waiting().until(d -> d.findElement(By.id("nav-menubar")).isDisplayed());
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(menuAreas()).containsExactly("Katalog", "Moja obuka", "Organizacija");
            driver.findElement(By.cssSelector("#nav-area-organize > a")).click();
            waiting().until(d -> d.findElement(By.id("nav-propose")).isDisplayed());
            assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
            screenshot("phone-menu-open");
            checkAccessibility("phone-menu-open");

            // When a link is followed from it, its page opens with the menu folded again
            guardHttp(() -> driver.findElement(By.id("nav-propose")).click());
            assertThat(driver.getCurrentUrl()).contains("/organizer/propose.xhtml");
            assertThat(driver.findElement(By.id("nav-menubar")).isDisplayed()).isFalse();

            // and the same works through the test's own navigation step
            navigate("nav-my-registrations");
            assertThat(driver.getCurrentUrl()).contains("/registrations/index.xhtml");
            screenshot("phone-my-registrations");
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    private int horizontalOverflow() {
        return ((Number) js().executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
    }
}
