package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static rs.eobuka.e2e.ParticipantSteps.PASSWORD;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import rs.eobuka.it.Deployments;

/** account/profile.xhtml: a person sees and changes their own details. */
class ProfilePageIT extends BrowserIT {

    @Test
    void shouldSaveOwnDetails() throws Exception {
        // Given a fresh participant on their profile
        String username = ParticipantSteps.createParticipant(base, "Nada Profil");
        login(username, PASSWORD);
        navigate("nav-profile");
        assertThat(text(By.id("profile-username"))).isEqualTo(username);
        assertThat(driver.findElement(By.id("profile:fullName")).getAttribute("value")).isEqualTo("Nada Profil " + username);
        checkAccessibility("account/profile");

        // When it is saved without a job title (the admin created the account without one)
        driver.findElement(By.id("profile:jobTitle")).clear();
        guardAjax(() -> driver.findElement(By.id("profile:save")).click());

        // Then it is refused with the sign-up's message
        assertThat(text(By.id("profile"))).contains("Unesite radno mesto.");

        // When they change where they work and their phone
        choose("profile:lsguCode", "cac", "Čačak (Moravički okrug)");
        new Select(driver.findElement(By.id("profile:organisationType"))).selectByValue("PUBLIC_INSTITUTION");
        typeInto(By.id("profile:jobTitle"), "Referentka za eUpravu");
        typeInto(By.id("profile:phone"), "+381 32 123 456");
        guardAjax(() -> driver.findElement(By.id("profile:save")).click());

        // Then the change is saved and kept
        assertThat(text(By.id("profile:messages"))).contains("Podaci su sačuvani.");
        open("/account/profile.xhtml");
        assertThat(chosen("profile:lsguCode")).isEqualTo("71242");
        assertThat(new Select(driver.findElement(By.id("profile:organisationType"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("PUBLIC_INSTITUTION");
        assertThat(driver.findElement(By.id("profile:jobTitle")).getAttribute("value")).isEqualTo("Referentka za eUpravu");
        assertThat(driver.findElement(By.id("profile:phone")).getAttribute("value")).isEqualTo("+381 32 123 456");
        screenshot("saved");

        // When they choose English as their language
        new Select(driver.findElement(By.id("profile:language"))).selectByValue("en");
        guardHttp(() -> driver.findElement(By.id("profile:save")).click());

        // Then the page itself, not only the next one, is in English, and says so in English
        assertThat(text(By.id("profile-heading"))).isEqualTo("My profile");
        assertThat(text(By.id("profile:messages"))).contains("Your details were saved.");
        assertThat(new Select(driver.findElement(By.id("profile:language"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("en");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void shouldChangeOwnPasswordAndStaySignedIn() throws Exception {
        // Given a fresh participant on their profile
        String username = ParticipantSteps.createParticipant(base, "Petar Lozinka");
        login(username, PASSWORD);
        navigate("nav-profile");

        // When the two new passwords differ
        typeInto(By.id("password:currentPassword"), PASSWORD);
        typeInto(By.id("password:newPassword"), "nova-lozinka-2026");
        typeInto(By.id("password:newPasswordAgain"), "nova-lozinka-2027");
        guardAjax(() -> driver.findElement(By.id("password:change")).click());

        // Then it is refused next to the field, and nothing typed stays in the password fields
        assertThat(text(By.id("password"))).contains("Dve nove lozinke se razlikuju.");
        assertThat(driver.findElement(By.id("password:currentPassword")).getAttribute("value")).isEmpty();

        // When they give the current password and the new one twice
        typeInto(By.id("password:currentPassword"), PASSWORD);
        typeInto(By.id("password:newPassword"), "nova-lozinka-2026");
        typeInto(By.id("password:newPasswordAgain"), "nova-lozinka-2026");
        guardAjax(() -> driver.findElement(By.id("password:change")).click());

        // Then it is changed, and this session goes on
        assertThat(text(By.id("password:messages"))).contains("Lozinka je promenjena.");
        checkAccessibility("account/profile-password-changed");
        open("/account/profile.xhtml");
        assertThat(text(By.id("profile-username"))).isEqualTo(username);

        // and only the new password signs in
        logout();
        login(username, PASSWORD);
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
        login(username, "nova-lozinka-2026");
        assertThat(driver.getCurrentUrl()).doesNotContain("/login.xhtml");
    }
}
