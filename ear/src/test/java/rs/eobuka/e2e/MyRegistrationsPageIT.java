package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.e2e.ParticipantSteps.EINVOICING_SR_CYRL;
import static rs.eobuka.e2e.ParticipantSteps.PASSWORD;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import rs.eobuka.it.Deployments;

/** registrations/index.xhtml: a participant's own registrations, and cancelling one, in Serbian Cyrillic. */
class MyRegistrationsPageIT extends BrowserIT {

    private static final By TABLE = By.id("registrationsForm:registrations");

    @Test
    void shouldListOwnRegistrationAndCancelIt() throws Exception {
        // Given a fresh participant registered for the Novi Sad eInvoicing session, in Cyrillic
        String username = ParticipantSteps.createParticipant(base, "Мирјана Полазница");
        login(username, PASSWORD);
        assertThat(ParticipantSteps.registerForEinvoicing(this, "sr-Cyrl", EINVOICING_SR_CYRL)).isEqualTo("Чека одобрење");

        // When they open My registrations from the menu
        navigate("nav-my-registrations");

        // Then the registration is listed, awaiting approval, with its calendar file
        assertThat(text(By.id("registrations-heading"))).isEqualTo("Моје пријаве");
        assertThat(text(TABLE)).contains(EINVOICING_SR_CYRL, "Нови Сад", "Чека одобрење");
        assertThat(driver.findElements(By.cssSelector("[id='registrationsForm:registrations'] tbody tr"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("[id='registrationsForm:registrations'] a[id^='ics-']")).getAttribute("href"))
                .contains("/catalogue/session.ics?id=");
        screenshot("listed");
        checkAccessibility("registrations/index");

        // When they cancel it and confirm
        driver.findElement(By.id("registrationsForm:registrations:0:cancel")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("registrationsForm:confirmYes")));
        assertThat(text(By.id("registrationsForm:confirmCancel"))).contains("Да ли заиста отказујете ову пријаву?");
        screenshot("confirm");
        guardAjax(() -> driver.findElement(By.id("registrationsForm:confirmYes")).click());

        // Then it is cancelled and can no longer be cancelled
        assertThat(text(By.id("registrationsForm:messages"))).contains("Пријава за „" + EINVOICING_SR_CYRL + "” је отказана.");
        assertThat(text(By.id("registrationsForm:registrations:0:status"))).isEqualTo("Отказана");
        assertThat(present(By.id("registrationsForm:registrations:0:cancel"))).isFalse();
        screenshot("cancelled");
    }

    @Test
    void shouldSendAnonymousVisitorToLogin() {
        open("/registrations/index.xhtml");
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
    }
}
