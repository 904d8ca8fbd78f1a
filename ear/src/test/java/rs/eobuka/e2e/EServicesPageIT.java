package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import rs.eobuka.it.ApiFixtures;

/**
 * organizer/eservices.xhtml: an organizer adds an e-service to Kragujevac (an incomplete one
 * refused at its fields with nothing typed lost), finds it on the campaign's page in Cyrillic,
 * corrects it and removes it; a participant may not open the page.
 */
class EServicesPageIT extends OrganizerBrowserIT {

    @Test
    void shouldLetAnOrganizerAddCorrectAndRemoveAMunicipalitysEService() {
        String name = "eParking " + UUID.randomUUID().toString().substring(0, 6);
        loginAs(organizer("Olivera Uslužna"));

        // When an organizer opens the page from the menu and chooses Kragujevac
        navigate("nav-eservices");
        guardAjax(() -> chooseValue("eserviceForm:lsguCode", "Kragu", ApiFixtures.KRAGUJEVAC));

        // Then its e-services are listed
        assertThat(text(By.id("eserviceForm:services"))).contains("eBeba");
        checkAccessibility("organizer/eservices");

        // When they write a new one in Serbian Latin only, with an address that is not a web address
        guardAjax(() -> driver.findElement(By.id("eserviceForm:newService")).click());
        typeInto(By.id("eserviceForm:nameLatn"), name);
        typeInto(By.id("eserviceForm:descriptionLatn"), "Plaćanje parkinga porukom ili aplikacijom.");
        typeInto(By.id("eserviceForm:url"), "parking.kragujevac.rs");
        guardAjax(() -> driver.findElement(By.id("eserviceForm:save")).click());

        // Then each refusal is shown at its field, and what they typed stays
        assertThat(text(By.id("eserviceForm:nameMessage"))).contains("Napišite na sva tri jezika");
        assertThat(text(By.id("eserviceForm:descriptionMessage"))).contains("Napišite na sva tri jezika");
        assertThat(text(By.id("eserviceForm:urlMessage"))).contains("Unesite veb-adresu");
        assertThat(driver.findElement(By.id("eserviceForm:nameLatn")).getAttribute("value")).isEqualTo(name);
        checkAccessibility("organizer/eservices-refused");

        // When they complete it
        typeInto(By.id("eserviceForm:nameCyrl"), name.replace("eParking", "еПаркинг"));
        typeInto(By.id("eserviceForm:nameEn"), name);
        typeInto(By.id("eserviceForm:descriptionCyrl"), "Плаћање паркинга поруком или апликацијом.");
        typeInto(By.id("eserviceForm:descriptionEn"), "Paying for parking by text message or app.");
        typeInto(By.id("eserviceForm:url"), "https://parking.kragujevac.rs");
        guardAjax(() -> driver.findElement(By.id("eserviceForm:save")).click());

        // Then it is added to Kragujevac's list
        assertThat(text(By.id("eserviceForm:messages"))).contains("E-usluga „" + name + "“ je dodata.");
        assertThat(text(By.id("eserviceForm:services"))).contains(name, "https://parking.kragujevac.rs");

        // and the campaign's page shows it, in Cyrillic
        open("/campaign.xhtml?lang=sr-Cyrl");
        assertThat(text(By.id("lsgu-" + ApiFixtures.KRAGUJEVAC))).contains(name.replace("eParking", "еПаркинг"),
                "Плаћање паркинга поруком или апликацијом.");
        open("/index.xhtml?lang=sr-Latn");

        // When they correct its address
        open("/organizer/eservices.xhtml");
        guardAjax(() -> chooseValue("eserviceForm:lsguCode", "Kragu", ApiFixtures.KRAGUJEVAC));
        guardAjax(() -> row(name).findElement(By.cssSelector("button[id$=':edit']")).click());
        assertThat(driver.findElement(By.id("eserviceForm:nameCyrl")).getAttribute("value")).startsWith("еПаркинг");
        typeInto(By.id("eserviceForm:url"), "https://kragujevac.rs/parking");
        guardAjax(() -> driver.findElement(By.id("eserviceForm:save")).click());

        // Then it is saved
        assertThat(text(By.id("eserviceForm:messages"))).contains("E-usluga „" + name + "“ je sačuvana.");
        assertThat(row(name).getText()).contains("https://kragujevac.rs/parking");

        // When they remove it, confirming
        row(name).findElement(By.cssSelector("button[id$=':remove']")).click();
        waiting().until(d -> d.findElement(By.id("eserviceForm:confirmYes")).isDisplayed());
        guardAjax(() -> driver.findElement(By.id("eserviceForm:confirmYes")).click());

        // Then it is gone
        assertThat(text(By.id("eserviceForm:messages"))).contains("E-usluga „" + name + "“ je uklonjena.");
        assertThat(text(By.id("eserviceForm:services"))).doesNotContain(name).contains("eBeba");
    }

    @Test
    void shouldKeepThePageToOrganizers() {
        login("official");
        open("/organizer/eservices.xhtml");
        assertThat(present(By.id("error-heading"))).as("forbidden page").isTrue();
    }

    private WebElement row(String name) {
        return waiting().until(d -> d.findElements(By.cssSelector("[id='eserviceForm:services_data'] tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElse(null));
    }
}
