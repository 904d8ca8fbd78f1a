package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.it.ApiFixtures.Json;

/**
 * Organizers keep the e-services of the campaigns' municipalities over the API: every refusal of
 * an incomplete one at once, then added, corrected and removed, each change on the campaign as
 * the public reads it; nobody else may change them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EServiceApiIT {

    @ArquillianResource
    URL base;

    @Test
    void shouldLetAnOrganizerAddCorrectAndRemoveAMunicipalitysEService() throws Exception {
        ApiClient api = new ApiClient(base);
        ApiFixtures fixtures = new ApiFixtures(api);
        String organizer = fixtures.organizer();
        String name = ApiFixtures.unique("eUpis");

        // When an organizer sends an e-service without its English name, with a mail address and a municipality in no campaign
        HttpResponse<String> refused = api.post("api/eservices", organizer, json("00000", text(name, "еУпис", null),
                text("Upis u vrtić", "Упис у вртић", "Kindergarten enrolment"), "mailto:upis@example.rs"), "en");

        // Then every refusal is named at once
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"field\":\"lsguCode\"", "\"field\":\"name\"", "\"field\":\"url\"",
                "all three languages", "starting with http:// or https://").doesNotContain("\"field\":\"description\"");

        // When it is complete, for Čačak
        HttpResponse<String> added = api.post("api/eservices", organizer, json(ApiFixtures.CACAK, text(name, "еУпис", "eEnrol"),
                text("Upis u vrtić", "Упис у вртић", "Kindergarten enrolment"), "https://euprava.gov.rs/upis"), "en");

        // Then it is added at the end of Čačak's list, and the campaign shows it
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long id = Json.number(added.body(), "id");
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/eservices/" + id));
        assertThat(api.get("api/eservices?lsguCode=" + ApiFixtures.CACAK, organizer, "en").body()).contains("\"srLatn\":\"" + name + "\"");
        assertThat(campaignCacak(api)).contains("\"srLatn\":\"" + name + "\"", "\"url\":\"https://euprava.gov.rs/upis\"");

        // When they correct its address, then remove it
        HttpResponse<String> corrected = api.put("api/eservices/" + id, organizer, json(null, text(name, "еУпис", "eEnrol"),
                text("Upis u vrtić", "Упис у вртић", "Kindergarten enrolment"), "https://cacak.rs/upis"));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.body()).contains("\"lsguCode\":\"" + ApiFixtures.CACAK + "\"", "\"url\":\"https://cacak.rs/upis\"");
        assertThat(campaignCacak(api)).contains("\"url\":\"https://cacak.rs/upis\"");
        assertThat(api.delete("api/eservices/" + id, organizer).statusCode()).isEqualTo(204);

        // Then it is gone
        assertThat(campaignCacak(api)).doesNotContain(name);
        assertThat(api.get("api/eservices/" + id, organizer, "en").statusCode()).isEqualTo(404);
        assertThat(api.delete("api/eservices/" + id, organizer).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldKeepEServicesToOrganizers() throws Exception {
        ApiClient api = new ApiClient(base);
        String participant = new ApiFixtures(api).participant(ApiFixtures.CACAK, "LSGU");
        String body = json(ApiFixtures.CACAK, text("a", "а", "a"), text("b", "б", "b"), "https://example.rs");

        assertThat(api.post("api/eservices", null, body, "en").statusCode()).isEqualTo(401);
        assertThat(api.post("api/eservices", participant, body, "en").statusCode()).isEqualTo(403);
        assertThat(api.get("api/eservices?lsguCode=" + ApiFixtures.CACAK, participant, "en").statusCode()).isEqualTo(403);
    }

    private String campaignCacak(ApiClient api) throws Exception {
        String listed = api.get("api/campaigns", null, "en").body();
        int code = listed.indexOf("\"code\":\"da-kliknemo-zajedno\"");
        long campaign = Json.number(listed.substring(listed.lastIndexOf("{", code)), "id");
        String body = api.get("api/campaigns/" + campaign, null, "en").body();
        int at = body.indexOf("{\"code\":\"" + ApiFixtures.CACAK + "\"");
        assertThat(at).isNotNegative();
        int next = body.indexOf("{\"code\":\"", at + 1);
        return body.substring(at, next < 0 ? body.length() : next);
    }

    private static String json(String lsguCode, String name, String description, String url) {
        return "{" + (lsguCode == null ? "" : "\"lsguCode\":\"" + lsguCode + "\",") + "\"name\":" + name + ",\"description\":" + description
                + ",\"url\":\"" + url + "\"}";
    }

    private static String text(String latin, String cyrillic, String english) {
        return "{\"srLatn\":\"" + latin + "\",\"srCyrl\":\"" + cyrillic + "\"" + (english == null ? "" : ",\"en\":\"" + english + "\"") + "}";
    }
}
