package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import rs.eobuka.it.Deployments;

/** signup.xhtml: consent is never ticked for the person; a refused form keeps what was typed; an accepted one says what comes next. */
class SignUpPageIT extends BrowserIT {

    @Test
    void shouldKeepTypedValuesOnShortPasswordThenAcceptValidForm() {
        // Given a filled form whose password is too short and whose consent box, unticked as the page shows it, stays so
        String email = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@example.rs";
        open("/signup.xhtml");
        typeInto(By.id("signup:fullName"), "Zorana Proba");
        typeInto(By.id("signup:email"), email);
        typeInto(By.id("signup:password"), "kratka");
        choose("signup:lsguCode", "kragu", "Kragujevac (Šumadijski okrug)");
        new Select(driver.findElement(By.id("signup:organisationType"))).selectByValue("LSGU");
        typeInto(By.id("signup:jobTitle"), "Referentkinja za obuke");
        assertThat(driver.findElement(By.id("signup:consent")).isSelected()).as("the consent box is not ticked for the person").isFalse();

        // When it is sent
        guardHttp(() -> driver.findElement(By.id("signup:submit")).click());

        // Then an error is shown and nothing else was lost
        assertThat(present(By.id("signup-done"))).isFalse();
        assertThat(driver.findElements(By.cssSelector("#signup .ui-message-error, #signup .ui-messages-error")))
                .as("an error message").isNotEmpty();
        assertThat(value("signup:fullName")).isEqualTo("Zorana Proba");
        assertThat(value("signup:email")).isEqualTo(email);
        assertThat(chosen("signup:lsguCode")).isEqualTo("70645");
        assertThat(new Select(driver.findElement(By.id("signup:organisationType"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("LSGU");
        assertThat(value("signup:jobTitle")).isEqualTo("Referentkinja za obuke");
        assertThat(driver.findElement(By.id("signup:consentMessage")).getText()).as("the missing consent is named").isNotBlank();
        screenshot("short-password");
        checkAccessibility("signup-refused");

        // When it is sent again with a long enough password
        typeInto(By.id("signup:password"), "dovoljno-duga-lozinka-7");
        driver.findElement(By.id("signup:consent")).click();
        guardHttp(() -> driver.findElement(By.id("signup:submit")).click());

        // Then the person is told to confirm the address
        assertThat(driver.findElement(By.id("signup-done")).isDisplayed()).isTrue();
        screenshot("done");
        checkAccessibility("signup-done");
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }
}
