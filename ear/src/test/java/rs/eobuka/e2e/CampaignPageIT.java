package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The public page of the campaign "Da kliknemo zajedno": its municipalities on the map by track, each with its e-services. */
class CampaignPageIT extends BrowserIT {

    private static final By MARKERS = By.cssSelector("#campaign-map a.lsgu-marker");

    @Test
    void shouldShowTheCampaignsMunicipalitiesOnTheMapAndOpenOnesEServicesByKeyboardInCyrillic() {
        // Given an anonymous visitor reading Cyrillic who follows the header's link
        open("/index.xhtml?lang=sr-Cyrl");
        navigate("nav-campaign");

        // Then the campaign is named, with its programme and the municipalities of both tracks on the map
        assertThat(text(By.id("campaign-heading"))).isEqualTo("Да кликнемо заједно");
        assertThat(text(By.id("campaign-programme"))).contains("Swiss PRO", "Vlada Švajcarske", "UNOPS, Stalna konferencija gradova i opština");
        assertThat(text(By.id("campaign-counts"))).startsWith("35 градова и општина").contains("29 са отвореним подацима");
        assertThat(driver.findElements(MARKERS)).hasSize(64);
        assertThat(driver.findElements(By.cssSelector("#campaign-map a.track-eservices"))).hasSize(35);
        assertThat(driver.findElements(By.cssSelector("#campaign-map a.track-open-data"))).hasSize(29);
        assertThat(driver.findElements(By.cssSelector("section.campaign-place"))).hasSize(64);
        screenshot("campaign");
        checkAccessibility("campaign");

        // When the keyboard moves from the skip link onto Kragujevac's circle and presses Enter
        WebElement skip = driver.findElement(By.cssSelector("a.skip-to-table"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", skip);
        WebElement kragujevac = null;
        for (int i = 0; i < 70 && kragujevac == null; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = driver.switchTo().activeElement();
            if ("70645".equals(focused.getAttribute("data-code"))) {
                kragujevac = focused;
            }
        }
        assertThat(kragujevac).as("Kragujevac reached by Tab").isNotNull();
        assertThat(kragujevac.getAttribute("aria-label")).isEqualTo("Крагујевац: Електронске услуге");
        kragujevac.sendKeys(Keys.ENTER);

        // Then its section is shown, with the e-services it offers in Cyrillic
        assertThat(driver.getCurrentUrl()).endsWith("#lsgu-70645");
        WebElement section = driver.findElement(By.id("lsgu-70645"));
        assertThat(section.findElement(By.tagName("h3")).getText()).isEqualTo("Крагујевац");
        assertThat(section.getText()).contains("еБеба", "Пријава комуналног проблема");
        // and an open-data municipality says so, without e-services
        WebElement nis = driver.findElement(By.id("lsgu-79022"));
        assertThat(nis.getText()).contains("Ниш", "Отворени подаци");
        assertThat(nis.findElements(By.cssSelector(".eservice-list"))).isEmpty();
    }

    @Test
    void shouldSayWhenACampaignDoesNotExist() {
        open("/campaign.xhtml?id=987654321&lang=en");

        assertThat(text(By.id("campaign-heading"))).isEqualTo("The campaign does not exist.");
    }
}
