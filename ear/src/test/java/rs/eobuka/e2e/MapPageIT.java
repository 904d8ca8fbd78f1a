package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The public map of Serbia (map.xhtml): drawn from bundled data, its table beside it, usable by keyboard. */
class MapPageIT extends BrowserIT {

    private static final By MARKERS = By.cssSelector("#serbia-map a.lsgu-marker");
    private static final By ROWS = By.cssSelector("#map-table tbody tr");

    @Test
    void shouldDrawEveryLsguAsItsTableSaysAndOpenOneByKeyboard() {
        // Given an anonymous visitor who follows the header's link in English
        open("/index.xhtml?lang=en");
        navigate("nav-map");

        // Then Serbia's outline is drawn, with a circle for every in-scope LSGU and a table row for each
        assertThat(text(By.id("map-heading"))).isEqualTo("Map of Serbia: eGovernment in local self-governments");
        assertThat(driver.findElement(By.cssSelector("#serbia-map path.map-outline")).getAttribute("d")).startsWith("M").hasSizeGreaterThan(1000);
        assertThat(driver.findElements(MARKERS)).hasSize(175);
        assertThat(driver.findElements(ROWS)).hasSize(175);
        screenshot("officials");
        checkAccessibility("map");

        // When Digital Caravan stops are chosen
        guardAjax(() -> driver.findElement(By.cssSelector("input[value='CARAVAN_STOPS']")).click());

        // Then the table's column says so, and every circle reads out what its row says
        assertThat(text(By.cssSelector("#map-table thead"))).contains("Digital Caravan stops");
        Map<String, String> drawn = new HashMap<>();
        driver.findElements(MARKERS).forEach(m -> drawn.put(m.getAttribute("data-code"), m.getAttribute("aria-label")));
        Map<String, String> listed = new HashMap<>();
        for (WebElement row : driver.findElements(ROWS)) {
            listed.put(row.getAttribute("data-code"), row.findElement(By.tagName("th")).getText() + ": "
                    + row.findElement(By.cssSelector("td.number")).getText());
        }
        assertThat(drawn).hasSize(175).isEqualTo(listed);
        // and the demo caravan's held stop puts at least one LSGU above zero, at the top of the table
        List<WebElement> rows = driver.findElements(ROWS);
        assertThat(Integer.parseInt(rows.get(0).findElement(By.cssSelector("td.number")).getText())).isPositive();

        // When the keyboard moves from the skip link into the map: the first circle is the largest
        WebElement skip = driver.findElement(By.cssSelector("a.skip-to-table"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", skip);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("lsgu-marker");
        String label = focused.getAttribute("aria-label");
        String name = label.substring(0, label.lastIndexOf(':'));
        String figure = label.substring(label.lastIndexOf(':') + 2);

        // and Enter opens that LSGU's page
        guardHttp(() -> driver.switchTo().activeElement().sendKeys(Keys.ENTER));

        // Then its page names it and shows the same figure for caravan stops, with its caravan events
        assertThat(text(By.id("municipality-heading"))).isEqualTo(name);
        assertThat(text(By.cssSelector("#figures dd[data-measure='CARAVAN_STOPS']"))).isEqualTo(figure);
        assertThat(text(By.id("events"))).doesNotContain("The Digital Caravan has not been here yet.");
        screenshot("municipality");
        checkAccessibility("municipality");
    }

    @Test
    void shouldShowTheMeasureInCyrillicFromALink() {
        // When a shared link asks for mean satisfaction in Cyrillic
        open("/map.xhtml?lang=sr-Cyrl&measure=SATISFACTION");

        // Then the page and its table speak Cyrillic, and LSGUs nobody rated show a dash
        assertThat(text(By.id("map-heading"))).isEqualTo("Мапа Србије: еУправа у локалним самоуправама");
        assertThat(text(By.cssSelector("#map-table thead"))).contains("Просечно задовољство (1–5)");
        assertThat(driver.findElements(By.cssSelector("#map-table td.number"))).anySatisfy(td -> assertThat(td.getText()).isEqualTo("–"));
        assertThat(driver.findElement(By.cssSelector("input[value='SATISFACTION']")).isSelected()).isTrue();
        checkAccessibility("map-cyrillic");
    }
}
