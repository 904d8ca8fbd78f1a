package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/me/password}: a signed-in person changes their password, and whoever held the old one is out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordApiIT {

    private static final String NEW_PASSWORD = "a-brand-new-password-42";

    @ArquillianResource
    URL base;

    @Test
    void shouldChangeThePasswordAndEndTheAccountsOtherSessions() throws Exception {
        // Given a participant, also signed in elsewhere (a client that keeps its session cookie)
        ApiClient api = new ApiClient(base);
        String participant = new ApiFixtures(api).participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        String username = participant.substring(0, participant.indexOf(':'));
        String oldPassword = participant.substring(participant.indexOf(':') + 1);
        HttpClient elsewhere = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(send(elsewhere, participant).statusCode()).isEqualTo(200);
        assertThat(send(elsewhere, null).statusCode()).as("the session alone serves").isEqualTo(200);

        // When they give a wrong current password, or a short new one
        HttpResponse<String> wrongCurrent = api.post("api/me/password", participant,
                "{\"currentPassword\": \"not-my-password-1\", \"newPassword\": \"" + NEW_PASSWORD + "\"}", "en");
        HttpResponse<String> shortNew = api.post("api/me/password", participant,
                "{\"currentPassword\": \"" + oldPassword + "\", \"newPassword\": \"short\"}", "en");

        // Then each is refused by name, and nothing changes
        assertThat(wrongCurrent.statusCode()).isEqualTo(422);
        assertThat(wrongCurrent.body()).contains("\"field\":\"currentPassword\"", "The current password is not right.");
        assertThat(shortNew.statusCode()).isEqualTo(422);
        assertThat(shortNew.body()).contains("\"field\":\"newPassword\"");
        assertThat(send(elsewhere, null).statusCode()).isEqualTo(200);

        // When they change it
        HttpResponse<String> changed = api.post("api/me/password", participant,
                "{\"currentPassword\": \"" + oldPassword + "\", \"newPassword\": \"" + NEW_PASSWORD + "\"}", "en");

        // Then the new password signs in, the old one does not, and the session elsewhere has ended
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(api.get("api/registrations", username + ":" + NEW_PASSWORD, null).statusCode()).isEqualTo(200);
        assertThat(api.get("api/registrations", participant, null).statusCode()).isEqualTo(401);
        assertThat(send(elsewhere, null).statusCode()).isEqualTo(401);
    }

    /** GET api/registrations, with Basic credentials ({@code user:password}) or with the client's session cookie alone. */
    private HttpResponse<String> send(HttpClient client, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("api/registrations")).timeout(Duration.ofSeconds(30));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
