package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import rs.eobuka.it.Deployments;

/** The public certificates/verify.xhtml: a code is looked up by typing it or by following a link. */
class CertificateVerificationPageIT extends BrowserIT {

    @Test
    void shouldSayThereIsNoCertificateForUnknownTypedCode() {
        // Given the verification page, anonymous
        open("/certificates/verify.xhtml?lang=sr-Latn");
        assertThat(text(By.id("verify-heading"))).isEqualTo("Provera sertifikata");
        checkAccessibility("certificates/verify");

        // When an empty code is checked, then one that was never issued
        guardAjax(() -> driver.findElement(By.id("verifyForm:verify")).click());
        assertThat(text(By.id("verifyForm"))).contains("Unesite kod sertifikata.");
        typeInto(By.id("verifyForm:code"), "ZZZZ000000");
        guardAjax(() -> driver.findElement(By.id("verifyForm:verify")).click());

        // Then the page says there is none
        assertThat(text(By.id("verifyForm:verify-none"))).isEqualTo("Nema sertifikata sa ovim kodom.");
        assertThat(present(By.id("verifyForm:found"))).isFalse();
        screenshot("none");
        checkAccessibility("certificates/verify-none");
    }

    @Test
    void shouldCheckCodeFromLinkInEnglish() {
        open("/certificates/verify.xhtml?code=00000AAAAA&lang=en");
        assertThat(driver.findElement(By.id("verifyForm:code")).getAttribute("value")).isEqualTo("00000AAAAA");
        assertThat(text(By.id("verifyForm:verify-none"))).isEqualTo("There is no certificate with this code.");
    }
}
