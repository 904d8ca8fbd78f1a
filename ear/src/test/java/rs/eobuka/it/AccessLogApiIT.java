package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who viewed whose personal data: reading a roster and downloading one's data each leave one
 * row (viewer, kind, whose; no values) that admins read; an account that reads more than the
 * limit within a minute makes the admins get an e-mail, once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessLogApiIT {

    /** {@code eobuka.privacy.views-per-minute}'s default. */
    private static final int LIMIT = 60;

    @ArquillianResource
    URL base;

    @Test
    void shouldLogEveryViewOfPersonalDataForAdminsAndAlertThemOnTooManyInAMinute() throws Exception {
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        String organizer = fixtures.organizer();
        String organizerName = organizer.split(":")[0];
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        String participantName = participant.split(":")[0];
        long session = fixtures.publishedSession(10, null);
        fixtures.registered(session, participant);

        // When an organizer reads a session's roster and a participant downloads her data
        assertThat(api.get("api/sessions/" + session + "/registrations", organizer, "en").statusCode()).isEqualTo(200);
        assertThat(api.get("api/me/data", participant, "en").statusCode()).isEqualTo(200);

        // Then admins find one row for each: who, what, whose, and nothing of what was shown
        HttpResponse<String> roster = api.get("api/admin/access-log?viewer=" + organizerName + "&kind=ROSTER", "admin", "en");
        assertThat(roster.statusCode()).isEqualTo(200);
        assertThat(roster.headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(roster.body()).contains("\"viewer\":\"" + organizerName + "\"", "\"subject\":\"session:" + session + "\"")
                .doesNotContain(participantName);
        assertThat(api.get("api/admin/access-log?viewer=" + participantName, "admin", "en").body())
                .contains("\"kind\":\"DATA_EXPORT\"", "\"subject\":\"account:");

        // And nobody else reads the log; a kind that does not exist is named
        assertThat(api.get("api/admin/access-log", participant, "en").statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = api.get("api/admin/access-log?kind=GLANCE", "admin", "en");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("\"field\":\"kind\"");

        // When the organizer reads rosters more often than the limit within a minute
        for (int i = 0; i < LIMIT; i++) {
            assertThat(api.get("api/sessions/" + session + "/registrations", organizer, "en").statusCode()).isEqualTo(200);
        }

        // Then the admins are told, once (the demo admin among them)
        String mail = api.get("api/admin/outbox?to=admin@demo.eobuka.rs&max=50", "admin", "en").body();
        assertThat(mail.split(organizerName, -1).length - 1).as("alerts naming " + organizerName + " in " + mail).isEqualTo(1);
    }
}
