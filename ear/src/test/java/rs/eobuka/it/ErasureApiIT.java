package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/me/erasure-request} and its review through {@code /api/tasks}: one open request
 * at a time, a decline needs its reason, and a confirmed request closes the account for good.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErasureApiIT {

    private static final String PROCESS = "data-erasure";

    @ArquillianResource
    URL base;

    @Test
    void shouldLetAPersonAskToBeForgottenOnceAndAnAdministratorDeclineWithAReasonOrConfirm() throws Exception {
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");

        // When a participant asks to be forgotten, twice
        HttpResponse<String> asked = api.post("api/me/erasure-request", participant, null);
        HttpResponse<String> again = api.post("api/me/erasure-request", participant, null);

        // Then the first is accepted for review, the second refused while the first is open
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        assertThat(asked.body()).contains("\"status\":\"REQUESTED\"");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.get("api/me/erasure-request", participant, null).body()).contains("\"status\":\"REQUESTED\"");
        long request = ApiFixtures.Json.number(asked.body(), "id");

        // And the review is an administrator's task, which the participant cannot see
        assertThat(fixtures.hasTask(PROCESS, request, participant)).isFalse();
        String review = fixtures.taskOf(PROCESS, request, "admin");

        // When the administrator declines without a reason, then with one
        HttpResponse<String> withoutReason = api.post("api/tasks/" + review + "/complete", "admin", "{\"decision\":\"REJECT\"}");
        HttpResponse<String> declined = api.post("api/tasks/" + review + "/complete", "admin",
                "{\"decision\":\"REJECT\",\"reason\":\"Vaša prijava za obuku je u toku; pišite nam posle obuke.\"}");

        // Then the reason is asked for first, and after the decline the participant has no open request and still signs in
        assertThat(withoutReason.statusCode()).as(withoutReason.body()).isEqualTo(422);
        assertThat(withoutReason.body()).contains("\"field\":\"reason\"");
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        HttpResponse<String> none = api.get("api/me/erasure-request", participant, null);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(404);

        // When they ask again and an administrator confirms
        long second = ApiFixtures.Json.number(api.post("api/me/erasure-request", participant, null).body(), "id");
        HttpResponse<String> confirmed = api.post("api/tasks/" + fixtures.taskOf(PROCESS, second, "admin") + "/complete", "admin",
                "{\"decision\":\"APPROVE\"}");

        // Then, once the anonymisation has run, the account no longer signs in
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(ServiceFixtures.await(Duration.ofSeconds(60), () -> status(api, participant) == 401))
                .as("the erased account is refused").isTrue();
    }

    private static int status(ApiClient api, String user) {
        try {
            return api.get("api/me/erasure-request", user, null).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
