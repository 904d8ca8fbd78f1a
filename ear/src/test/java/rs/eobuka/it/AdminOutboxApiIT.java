package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox over the API: what scripts and tests read to follow e-mailed links; admins only. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminOutboxApiIT {

    @ArquillianResource
    URL base;

    @Test
    void shouldListTheMailOfOneRecipientNewestFirstForAnAdminOnly() throws Exception {
        // Given a participant whose registration for a session was received (one e-mail to them)
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        long session = fixtures.publishedSession(5, null);
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        fixtures.registered(session, participant);
        String address = participant.substring(0, participant.indexOf(':')) + "@example.rs";

        // When the admin asks for that recipient's mail, and the participant asks for the outbox
        HttpResponse<String> mail = api.get("api/admin/outbox?to=" + address.toUpperCase() + "&max=5", "admin", "sr");
        HttpResponse<String> refused = api.get("api/admin/outbox", participant, "en");

        // Then the admin sees exactly that recipient's message with its subject, text and state
        assertThat(mail.statusCode()).as(mail.body()).isEqualTo(200);
        assertThat(mail.body()).contains("\"to\":\"" + address + "\"", "prijava primljena", "\"status\":\"")
                .doesNotContain("\"to\":\"admin");
        assertThat(mail.body().split("\"id\"", -1)).hasSize(2);
        // and nobody else may read other people's mail
        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
