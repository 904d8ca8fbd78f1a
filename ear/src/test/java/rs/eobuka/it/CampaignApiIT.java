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
 * The campaign "Da kliknemo zajedno" over the public API: seeded with its real municipalities on
 * their tracks, each at its seat and with its e-services, without signing in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignApiIT {

    /** Where one object of a list starts: JSON-B writes properties in alphabetical order, {@code code} first. */
    private static final String CODE = "{\"code\":\"";

    @ArquillianResource
    URL base;

    @Test
    void shouldListTheRealCampaignWithItsMunicipalitiesOnTheirTracksAndTheirEServices() throws Exception {
        ApiClient api = new ApiClient(base);

        // When anyone lists the campaigns
        HttpResponse<String> listed = api.get("api/campaigns", null, "en");

        // Then the real campaign is there with its programme and 35 + 29 municipalities
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        String campaign = segment(listed.body(), "da-kliknemo-zajedno");
        assertThat(campaign).contains("\"srCyrl\":\"Да кликнемо заједно\"", "\"programme\":\"Swiss PRO\"", "\"donor\":\"Vlada Švajcarske\"",
                "\"eServiceLsgus\":35", "\"openDataLsgus\":29");

        // When they open it
        HttpResponse<String> opened = api.get("api/campaigns/" + Json.number(campaign, "id"), null, "en");

        // Then every municipality has its seat and track, and those on the e-service track their services
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        String body = opened.body();
        assertThat(body.split(java.util.regex.Pattern.quote(CODE), -1)).hasSize(1 + 1 + 64);
        assertThat(body).doesNotContain("\"latitude\":null");
        String kragujevac = segment(body, ApiFixtures.KRAGUJEVAC);
        assertThat(kragujevac).contains("\"tracks\":[\"ESERVICES\"]", "\"srLatn\":\"eBeba\"", "\"srLatn\":\"Prijava komunalnog problema\"");
        String nis = segment(body, "79022");
        assertThat(nis).contains("\"nameCyrl\":\"Ниш\"", "\"tracks\":[\"OPEN_DATA\"]", "\"eServices\":[]");
    }

    @Test
    void shouldAnswerAnUnknownCampaignWithAProblem() throws Exception {
        HttpResponse<String> missing = new ApiClient(base).get("api/campaigns/987654321", null, "en");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("The campaign does not exist.");
    }

    /** The object whose code this is, up to the next object with a code. */
    private static String segment(String json, String code) {
        int start = json.indexOf(CODE + code + "\"");
        assertThat(start).as(code + " in " + json).isNotNegative();
        int end = json.indexOf(CODE, start + 1);
        return json.substring(start, end < 0 ? json.length() : end);
    }
}
