package rs.eobuka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.FeedbackSetupServlet;

/**
 * Feedback in the browser: a participant answers from the one-use link e-mailed over SMTP without signing
 * in (in Cyrillic, as their account is set), or from their registrations page; an evaluator
 * follows the survey and writes a questionnaire.
 */
class FeedbackPageIT extends OrganizerBrowserIT {

    private static final Pattern LINK = Pattern.compile("/feedback/answer\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "e2e-lozinka-dovoljno-duga";
    @Test
    void shouldAnswerFromTheEmailedLinkInCyrillicOnceOnly() throws Exception {
        // Given a participant writing in Cyrillic, invited after a session they attended
        String username = "e2e-fb-" + UUID.randomUUID().toString().substring(0, 8);
        String token;
        try (SmtpInbox smtp = new SmtpInbox()) {
            setup(FeedbackSetupServlet.PATH, "do=heldSurvey&username=" + username + "&language=sr-Cyrl");
            // the invitation, in Cyrillic (the participant's other mail is about their registration)
            token = smtp.awaitLink(username + "@example.rs", "eObuka: ваше мишљење", LINK);
        }

        // When they open the link from the e-mail, without signing in
        open("/feedback/answer.xhtml?t=" + token + "&lang=sr-Cyrl");

        // Then the questionnaire is in Cyrillic and says it is anonymous
        assertThat(text(By.id("feedback-heading"))).isEqualTo("Ваше мишљење");
        assertThat(text(By.id("answer-privacy"))).contains("анонимна");
        checkAccessibility("feedback/answer");

        // When they send it without answering, then answer every question and send again
        guardAjax(() -> driver.findElement(By.id("answerForm:submit")).click());
        assertThat(text(By.id("answerForm"))).contains("Ово питање је обавезно.");
        screenshot("answer-refused");
        for (int q = 0; q < 6; q++) {
            pick("answerForm:questions:" + q + ":scale", 3);
        }
        pick("answerForm:questions:6:scale", 9);
        typeInto(By.id("answerForm:questions:7:text"), "Више примера из праксе");
        guardAjax(() -> driver.findElement(By.id("answerForm:submit")).click());

        // Then they are thanked, and the same link later says it has been answered
        assertThat(text(By.id("answerForm:answer-thanks"))).contains("Хвала! Ваши одговори су сачувани.");
        screenshot("answer-thanks");
        open("/feedback/answer.xhtml?t=" + token + "&lang=sr-Cyrl");
        assertThat(text(By.id("answerForm:answer-unavailable"))).contains("На ову анкету је већ одговорено.");
    }

    @Test
    void shouldOfferThePendingQuestionnaireOnMyRegistrations() {
        // Given an invited participant, signed in
        String username = "e2e-fb-" + UUID.randomUUID().toString().substring(0, 8);
        setup(FeedbackSetupServlet.PATH, "do=heldSurvey&username=" + username + "&language=sr-Latn");
        login(username, PASSWORD);

        // When they open their registrations, and the questionnaire from there
        open("/registrations/index.xhtml");
        assertThat(text(By.id("pending-feedback-heading"))).isEqualTo("Ankete koje vas čekaju");
        checkAccessibility("registrations/pending-feedback");
        guardHttp(() -> driver.findElement(By.cssSelector("[id$='answer-feedback']")).click());

        // Then the questionnaire opens with a link of their own
        assertThat(driver.getCurrentUrl()).contains("/feedback/answer.xhtml?t=");
        assertThat(present(By.id("answerForm:submit"))).isTrue();
    }

    @Test
    void shouldCompareTwoPeriodsAndTwoRegionsSideBySide() {
        // Given the evaluator on the comparison page: the last six months against the six before
        login("evaluator");
        open("/index.xhtml?lang=en");
        navigate("nav-compare");
        assertThat(text(By.id("compare-heading"))).isEqualTo("Compare results");

        // Then both periods of the demo history have answers, counted apart
        assertThat(answers(2)).isPositive();
        assertThat(answers(3)).isPositive();
        assertThat(text(By.cssSelector("#comparison tr[data-key='SATISFACTION'] th"))).isEqualTo("Mean: satisfaction");
        screenshot("compare");
        checkAccessibility("evaluator/compare");

        // When the second side is narrowed to Vojvodina, where the earlier period held nothing
        driver.findElements(By.cssSelector("select[id$=':region']")).get(1).findElements(By.tagName("option")).stream()
                .filter(o -> o.getText().equals("Region Vojvodine")).findFirst().orElseThrow().click();
        guardAjax(() -> driver.findElement(By.id("compareForm:compare")).click());

        // Then its answers drop to none while the first side keeps its own
        assertThat(answers(3)).isZero();
        assertThat(answers(2)).isPositive();
    }

    /** The answers of a side: column 2 is A, 3 is B. */
    private long answers(int column) {
        return Long.parseLong(text(By.cssSelector("#comparison tr[data-key='answers'] td:nth-child(" + column + ")")).replaceAll("\\D", ""));
    }

    @Test
    void shouldLetAnEvaluatorFollowSurveysAndWriteAQuestionnaire() {
        // Given a survey that has started, and the evaluator signed in
        String username = "e2e-fb-" + UUID.randomUUID().toString().substring(0, 8);
        setup(FeedbackSetupServlet.PATH, "do=heldSurvey&username=" + username + "&language=sr-Latn");
        login("evaluator");

        // When they open the surveys
        open("/evaluator/surveys.xhtml");

        // Then the survey is listed with its invitation count
        assertThat(text(By.id("surveysForm:surveys"))).contains("Termin", "0 / ");
        checkAccessibility("evaluator/surveys");

        // When they open the survey's results
        guardHttp(() -> driver.findElement(By.cssSelector("[id$=':results']")).click());

        // Then the response is shown, and the page passes axe
        assertThat(text(By.id("results-heading"))).isEqualTo("Rezultati anketa");
        assertThat(text(By.id("invited-count"))).isEqualTo("1");
        checkAccessibility("evaluator/results");

        // When they write a questionnaire, first leaving out the English name
        open("/evaluator/questionnaires.xhtml");
        checkAccessibility("evaluator/questionnaires");
        guardAjax(() -> driver.findElement(By.id("listForm:new")).click());
        String name = "Upitnik " + UUID.randomUUID().toString().substring(0, 6);
        typeInto(By.id("editorForm:nameLatn"), name);
        typeInto(By.id("editorForm:nameCyrl"), "Упитник");
        typeInto(By.id("editorForm:questions:0:textLatn"), "Koliko ste zadovoljni?");
        typeInto(By.id("editorForm:questions:0:textCyrl"), "Колико сте задовољни?");
        typeInto(By.id("editorForm:questions:0:textEn"), "How satisfied are you?");
        for (String end : new String[] {"low", "high"}) {
            typeInto(By.id("editorForm:questions:0:" + end + "Latn"), "Kraj");
            typeInto(By.id("editorForm:questions:0:" + end + "Cyrl"), "Крај");
            typeInto(By.id("editorForm:questions:0:" + end + "En"), "End");
        }
        guardAjax(() -> driver.findElement(By.id("editorForm:save")).click());

        // Then the missing translation is named and nothing typed is lost
        assertThat(text(By.id("editorForm:messages"))).contains("Naziv: Naziv upitnika je potreban na sva tri jezika.");
        assertThat(driver.findElement(By.id("editorForm:questions:0:textEn")).getAttribute("value")).isEqualTo("How satisfied are you?");
        checkAccessibility("evaluator/questionnaires-editor");

        // When the English name is added and it is saved again
        typeInto(By.id("editorForm:nameEn"), name);
        guardAjax(() -> driver.findElement(By.id("editorForm:save")).click());

        // Then it is listed as version 1
        assertThat(text(By.id("listForm:messages"))).contains("(verzija 1) je sačuvan");
        assertThat(text(By.id("listForm:questionnaires"))).contains(name);
    }

    @Test
    void shouldLetACitizenAnswerADigitalCornersPublicLink() throws Exception {
        // Given a caravan event, and an evaluator who starts its Digital Corner survey
        String title = "Karavan " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = new ApiClient(base).post("api/caravan-events", "organizer", "{\"lsguCode\":\"71242\",\"day\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).plusDays(20) + "\",\"title\":\"" + title
                + "\",\"parts\":[{\"kind\":\"PROMOTION\",\"start\":\"12:00\",\"end\":\"13:00\"}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String event = rs.eobuka.it.ApiFixtures.Json.first(created.body(), "id");
        login("evaluator");
        open("/evaluator/surveys.xhtml");
        chooseValue("startForm:target", title, "CARAVAN_EVENT:" + event);
        guardAjax(() -> driver.findElement(By.id("startForm:startSurvey")).click());
        assertThat(text(By.id("startForm:messages"))).contains("Anketa je pokrenuta", title);
        String link = driver.findElement(By.cssSelector("[id$=':publicLink']")).getAttribute("href");
        logout();

        // When a citizen opens the printed link on their phone, in English, and answers
        driver.get(link + "&lang=en");
        assertThat(text(By.id("feedback-heading"))).isEqualTo("Your feedback");
        assertThat(text(By.id("answer-privacy"))).contains("not tied to your phone");
        checkAccessibility("feedback/answer-public");
        driver.findElement(By.cssSelector("label[for='answerForm:questions:0:single:0']")).click();
        driver.findElement(By.cssSelector("label[for='answerForm:questions:1:single:1']")).click();
        guardAjax(() -> driver.findElement(By.id("answerForm:submit")).click());

        // Then they are thanked
        assertThat(text(By.id("answerForm:answer-thanks"))).contains("Thank you! Your answers have been saved.", "Digital Corner");
    }

    /** Clicks the label of a scale's value (the radio itself is drawn by PrimeFaces). */
    private void pick(String radioId, int value) {
        driver.findElement(By.cssSelector("label[for='" + radioId + ":" + indexOf(radioId, value) + "']")).click();
    }

    /** The item index of a value: scales start at 1, recommendations at 0. */
    private int indexOf(String radioId, int value) {
        String first = driver.findElement(By.id(radioId + ":0")).getAttribute("value");
        return value - Integer.parseInt(first);
    }
}
