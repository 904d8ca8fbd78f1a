package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.Deployments;

/**
 * A participant asks for the organizer role on account/role-request.xhtml; an admin grants it
 * from the inbox through tasks/role-request-review.xhtml.
 */
class RoleRequestFlowIT extends BrowserIT {

    private static final String PASSWORD = "e2e-lozinka-dovoljno-duga";

    @Test
    void shouldLetAdminGrantRequestedRoleFromInbox() throws Exception {
        // Given a participant of its own (granting the role changes the account for good,
        // so the shared demo participant stays untouched)
        String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String fullName = "Zlata Podnositeljka " + username;
        createParticipant(username, fullName);

        // When the participant asks for the organizer role
        login(username, PASSWORD);
        open("/account/role-request.xhtml");
        new Select(driver.findElement(By.id("roleRequest:role"))).selectByValue("ORGANIZER");
        typeInto(By.id("roleRequest:justification"), "Vodim obuke za zaposlene u opštinskoj upravi.");
        guardAjax(() -> driver.findElement(By.id("roleRequest:submit")).click());

        // Then the request is listed as under review (or was already under review)
        String form = text(By.id("roleRequest"));
        boolean listed = !driver.findElements(By.cssSelector("[id='roleRequest:mine'] tbody tr:not(.ui-datatable-empty-message)")).isEmpty();
        assertThat(listed || form.contains("Zahtev za tu ulogu je već na razmatranju."))
                .as("a new row in my requests, or the 'already under review' message; form: %s", form).isTrue();
        assertThat(text(By.id("roleRequest:mine"))).contains("Na razmatranju");
        screenshot("requested");
        checkAccessibility("account/role-request");
        logout();

        // When an admin opens that request's review task from the inbox
        login("admin");
        open("/inbox/index.xhtml");
        guardAjax(() -> new Select(driver.findElement(By.id("inboxForm:process"))).selectByValue("role-request"));
        // (a row's link says what the task is about; the task's name is under it)
        List<String> reviews = driver.findElements(By.cssSelector("[id='inboxForm:tasks'] tbody tr")).stream()
                .filter(row -> row.findElements(By.cssSelector("[id$=':taskName']")).stream()
                        .anyMatch(name -> name.getText().trim().equals("Razmatranje zahteva za ulogu")))
                .map(row -> row.findElement(By.cssSelector("[id$=':open']")).getAttribute("href"))
                .toList();
        assertThat(reviews).as("review tasks in the admin's inbox").isNotEmpty()
                .allSatisfy(href -> assertThat(href).contains("/tasks/role-request-review.xhtml?taskId="));
        openReviewOf(reviews, fullName);
        assertThat(text(By.id("review-role"))).isEqualTo("Organizator");
        screenshot("review");
        checkAccessibility("tasks/role-request-review");

        // and approves it
        guardHttp(() -> driver.findElement(By.id("review:approve")).click());

        // Then the inbox confirms it
        assertThat(driver.getCurrentUrl()).contains("/inbox/index.xhtml");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Uloga je dodeljena.");
        screenshot("granted");
    }

    private void createParticipant(String username, String fullName) throws Exception {
        String json = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"fullName\":\"" + fullName + "\","
                + "\"email\":\"" + username + "@example.rs\",\"lsguCode\":\"70645\",\"organisationType\":\"LSGU\",\"roles\":[\"participant\"]}";
        HttpResponse<String> created = new ApiClient(base).post("api/admin/users", "admin", json);
        assertThat(created.statusCode()).as("creating the participant: %s", created.body()).isEqualTo(201);
    }

    /** Opens the review task whose applicant is this person (newest tasks come first). */
    private void openReviewOf(List<String> reviews, String fullName) {
        for (String href : reviews) {
            driver.get(href);
            waitForPageLoad();
            List<WebElement> person = driver.findElements(By.id("review-person"));
            if (!person.isEmpty() && person.get(0).getText().contains(fullName)) {
                return;
            }
        }
        throw new AssertionError("no review task for " + fullName + " among " + reviews);
    }
}
