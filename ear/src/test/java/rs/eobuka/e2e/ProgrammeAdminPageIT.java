package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * admin/programmes.xhtml and admin/trainings.xhtml: an admin creates a programme and an
 * organizer edits it (in English); refused forms keep what was typed (English, Cyrillic).
 * Other languages than Latin are used only by fresh accounts: a language switch is remembered
 * on the account, and the demo accounts must stay in Latin for the other tests.
 */
class ProgrammeAdminPageIT extends OrganizerBrowserIT {

    @Test
    void shouldCreateProgrammeAndLetOrganizerEditIt() {
        // Given an admin on the programmes page
        String name = "eUprava u Šapcu i Čačku " + UUID.randomUUID().toString().substring(0, 6);
        login("admin");
        open("/admin/programmes.xhtml?lang=sr-Latn");
        checkAccessibility("admin/programmes");

        // When they create a programme with two co-organisers
        typeInto(By.id("programmeForm:name"), name);
        typeInto(By.id("programmeForm:donor"), "Evropska unija");
        typeInto(By.id("programmeForm:beneficiary"), "Kancelarija za IT i eUpravu");
        setDate("programmeForm:startsOn_input", "01.02.2026");
        setDate("programmeForm:endsOn_input", "31.01.2028");
        typeInto(By.id("programmeForm:coOrganisers"), "Nacionalni CERT\nStalna konferencija gradova i opština");
        guardAjax(() -> driver.findElement(By.id("programmeForm:save")).click());

        // Then it is listed with its period
        assertThat(text(By.id("programmeForm:messages"))).contains("je napravljen");
        assertThat(text(By.id("programmesForm:programmes"))).contains(name).contains("01.02.2026.").contains("Nacionalni CERT");
        screenshot("created");
        logout();

        // When an organizer renames the donor
        loginAs(organizer("Programme Organizer"));
        open("/admin/programmes.xhtml?lang=en");
        String row = "//*[@id='programmesForm:programmes']//tr[.//text()[contains(., '" + name + "')]]";
        guardAjax(() -> driver.findElement(By.xpath(row + "//*[contains(@id, ':edit')]")).click());
        assertThat(driver.findElement(By.id("programmeForm:name")).getAttribute("value")).isEqualTo(name);
        typeInto(By.id("programmeForm:donor"), "Vlada Švajcarske");
        guardAjax(() -> driver.findElement(By.id("programmeForm:save")).click());

        // Then the change is saved
        assertThat(text(By.id("programmeForm:messages"))).contains("have been saved");
        assertThat(driver.findElement(By.xpath(row)).getText()).contains("Vlada Švajcarske");
    }

    @Test
    void shouldRefuseAProgrammeWithoutNameAndKeepTheRest() {
        loginAs(organizer("Careful Organizer"));
        open("/admin/programmes.xhtml?lang=en");
        typeInto(By.id("programmeForm:donor"), "Svetska banka");
        guardAjax(() -> driver.findElement(By.id("programmeForm:save")).click());
        assertThat(text(By.id("programmeForm:messages"))).contains("Enter the name of the programme.");
        assertThat(driver.findElement(By.id("programmeForm:donor")).getAttribute("value")).isEqualTo("Svetska banka");
    }

    @Test
    void shouldExplainTrainingErrorsInCyrillicAndKeepWhatWasTyped() {
        // Given an organizer on the trainings page, in Cyrillic
        loginAs(organizer("Ћирилична Организаторка"));
        open("/admin/trainings.xhtml?lang=sr-Cyrl");
        checkAccessibility("admin/trainings");
        assertThat(text(By.id("trainingsForm:trainings"))).contains("Информациона безбедност");

        // When they save a training with only the Latin title
        typeInto(By.id("trainingForm:titleSrLatn"), "Otvoreni podaci u opštinama");
        typeInto(By.id("trainingForm:durationHours"), "4");
        guardAjax(() -> driver.findElement(By.id("trainingForm:save")).click());

        // Then the refusal is in Cyrillic and nothing typed is lost
        assertThat(text(By.id("trainingForm:messages"))).contains("Унесите назив на сва три језика.").contains("Изаберите програм");
        assertThat(driver.findElement(By.id("trainingForm:titleSrLatn")).getAttribute("value")).isEqualTo("Otvoreni podaci u opštinama");
        assertThat(driver.findElement(By.id("trainingForm:durationHours")).getAttribute("value")).isEqualTo("4");
        logout();
        checkPhoneWidth();
    }

    private void checkPhoneWidth() {
        login("admin");
        org.openqa.selenium.Dimension desktop = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
            for (String page : java.util.List.of("/admin/programmes.xhtml", "/admin/trainings.xhtml")) {
                open(page);
                Object overflow = js().executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + page).isLessThanOrEqualTo(0);
            }
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }
}
