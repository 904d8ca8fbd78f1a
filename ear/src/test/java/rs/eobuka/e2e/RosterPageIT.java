package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * organizer/roster.xhtml, in English: bulk approval, promotion and cancellation, attendance,
 * the certificate, and the Excel and PDF exports; and the cancellation of a session on
 * organizer/sessions.xhtml.
 */
class RosterPageIT extends OrganizerBrowserIT {

    @Test
    void shouldApproveMarkAttendanceIssueCertificateAndExportRoster() throws Exception {
        // Given a session starting in a few minutes with two seats, two pending registrations and one waiting
        long session = publishedSession(3, 2);
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String first = "Čedomir Đurić " + suffix;
        String second = "Žaklina Šćepanović " + suffix;
        String third = "Ђорђе Пекић " + suffix;
        register(session, participant(first));
        register(session, participant(second));
        register(session, participant(third));
        loginAs(organizer("Roster Organizer"));
        open("/organizer/roster.xhtml?session=" + session + "&lang=en");
        assertThat(text(By.id("roster:seats"))).isEqualTo("2 / 2");
        assertThat(rowOf(third).getText()).contains("On the waiting list").contains("1");
        checkAccessibility("organizer/roster");

        // When the organizer promotes the waiting person while no seat is free
        guardAjax(() -> rowOf(third).findElement(By.cssSelector("[id$=':promote']")).click());

        // Then they are told why not
        assertThat(text(By.id("roster:messages"))).contains("There is no free seat");

        // When they approve the two pending registrations at once
        select(first);
        select(second);
        guardAjax(() -> driver.findElement(By.id("roster:approveSelected")).click());

        // Then both are confirmed
        assertThat(text(By.id("roster:messages"))).contains("Registrations approved: 2.");
        assertThat(rowOf(first).getText()).contains("Confirmed");
        assertThat(rowOf(second).getText()).contains("Confirmed");

        // When one confirmed registration is cancelled
        guardAjax(() -> rowOf(second).findElement(By.cssSelector("[id$=':cancel']")).click());
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("roster:confirmYes")));
        guardAjax(() -> driver.findElement(By.id("roster:confirmYes")).click());

        // Then the freed seat goes to the head of the waiting list
        assertThat(rowOf(second).getText()).contains("Cancelled");
        assertThat(rowOf(third).getText()).contains("Awaiting approval");

        // When the session day has come and the first person is marked as attended
        select(first);
        guardAjax(() -> driver.findElement(By.id("roster:attended")).click());

        // Then they are marked and their certificate can be downloaded
        assertThat(text(By.id("roster:messages"))).contains("Marked as attended: 1.");
        assertThat(rowOf(first).getText()).contains("Attended");
        screenshot("attended");
        Path downloads = allowDownloads();
        rowOf(first).findElement(By.cssSelector("[id$=':certificate']")).click();
        Path certificate = downloaded(downloads, ".pdf");
        assertThat(new String(Files.readAllBytes(certificate), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // When the roster is exported to Excel and to PDF
        Path excelDir = allowDownloads();
        driver.findElement(By.id("roster:exportXlsx")).click();
        Path excel = downloaded(excelDir, ".xlsx");
        Path pdfDir = allowDownloads();
        driver.findElement(By.id("roster:exportPdf")).click();
        Path pdf = downloaded(pdfDir, ".pdf");

        // Then the files are a workbook and a PDF listing everyone, Serbian letters included
        assertThat(new String(Files.readAllBytes(excel), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        byte[] pdfBytes = Files.readAllBytes(pdf);
        assertThat(new String(pdfBytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(pdfBytes, StandardCharsets.ISO_8859_1)).as("the embedded font").contains("LiberationSans");
        // names wrap inside their narrow cells
        String pdfText = new PdfTextExtractor(new PdfReader(pdfBytes)).getTextFromPage(1).replaceAll("\\s+", " ");
        assertThat(pdfText).contains(first).contains(second).contains(third);
        screenshot("exported");
        checkPhoneWidth("/organizer/roster.xhtml?session=" + session);
    }

    @Test
    void shouldRefuseAttendanceBeforeTheSessionDay() {
        // Given a confirmed registration for a session in two days
        long session = publishedSession(60 * 24 * 2 + 60, 5);
        String name = "Ivana Kostić " + UUID.randomUUID().toString().substring(0, 4);
        register(session, participant(name));
        loginAs(organizer("Early Organizer"));
        open("/organizer/roster.xhtml?session=" + session + "&lang=en");
        select(name);
        guardAjax(() -> driver.findElement(By.id("roster:approveSelected")).click());

        // When attendance is marked already
        select(name);
        guardAjax(() -> driver.findElement(By.id("roster:attended")).click());

        // Then it is refused with the reason
        assertThat(text(By.id("roster:messages"))).contains("Attendance can be recorded from the day the session starts.");
        assertThat(rowOf(name).getText()).contains("Confirmed");
    }

    @Test
    void shouldCancelPublishedSessionWithReason() {
        // Given a published session far ahead, later than any other test's (workshops reach ~6 years out)
        long session = publishedSession(60 * 24 * 3000, 10);
        loginAs(organizer("Cancelling Organizer"));
        open("/organizer/sessions.xhtml?lang=en");
        guardAjax(() -> new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sessionsForm:status"))).selectByValue("PUBLISHED"));
        // sorted by start, latest first (two clicks on the header: ascending, then descending)
        By startHeader = By.xpath("//*[@id='sessionsForm:sessions']//th[.//text()[contains(., 'Start')]]");
        guardAjax(() -> driver.findElement(startHeader).click());
        guardAjax(() -> driver.findElement(startHeader).click());
        checkAccessibility("organizer/sessions");

        // When the organizer cancels it without a reason
        guardAjax(() -> sessionRow(session).findElement(By.cssSelector("[id$=':cancel']")).click());
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelForm:reason")));
        guardAjax(() -> driver.findElement(By.id("cancelForm:confirmCancel")).click());

        // Then the dialog asks for the reason
        assertThat(text(By.id("cancelForm:messages"))).contains("Give the reason for the cancellation");

        // When they give one
        typeInto(By.id("cancelForm:reason"), "The venue is not available.");
        guardAjax(() -> driver.findElement(By.id("cancelForm:confirmCancel")).click());

        // Then the session is cancelled
        assertThat(text(By.id("sessionsForm:messages"))).contains("has been cancelled");
        screenshot("cancelled");
    }

    /** The sessions table's row of the given session, found by its roster link. */
    private WebElement sessionRow(long session) {
        return driver.findElement(By.xpath("//*[@id='sessionsForm:sessions']//tr[.//a[substring-after(@href, 'session=') = '" + session
                + "' or contains(@href, 'session=" + session + "&')]]"));
    }

    private WebElement rowOf(String name) {
        return driver.findElements(By.cssSelector("[id='roster:entries'] tbody tr")).stream()
                .filter(row -> row.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no roster row for " + name));
    }

    private void select(String name) {
        rowOf(name).findElement(By.cssSelector(".ui-chkbox-box")).click();
    }
}
