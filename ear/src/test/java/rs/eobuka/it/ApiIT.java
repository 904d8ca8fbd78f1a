package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JSON API as a client sees it: authentication, roles, problem+json, reference data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    @ArquillianResource
    URL base;

    private ApiClient api() {
        return new ApiClient(base);
    }

    @Test
    void shouldListEveryInScopeMunicipalityWithoutAccount() throws Exception {
        HttpResponse<String> response = api().get("api/municipalities", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        // 175 units outside Kosovo and Metohija, each with both scripts
        assertThat(response.body().split("\"code\"", -1)).hasSize(176);
        assertThat(response.body()).contains("\"nameLatn\":\"Kragujevac\"", "\"nameCyrl\":\"Крагујевац\"",
                "\"type\":\"CITY\"", "\"region\":\"Region Šumadije i Zapadne Srbije\"", "\"district\":\"Šumadijski okrug\"");
    }

    @Test
    void shouldFilterMunicipalitiesByDistrict() throws Exception {
        HttpResponse<String> response = api().get("api/municipalities?district=%C5%A0umadijski%20okrug", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Kragujevac", "Aranđelovac").doesNotContain("Novi Sad");
    }

    @Test
    void shouldAnswerAnonymousTaskCallWith401ProblemNotLoginPage() throws Exception {
        HttpResponse<String> response = api().get("api/tasks", null, "en");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").doesNotContain("<html");
    }

    @Test
    void shouldRefuseWrongPasswordWith401() throws Exception {
        HttpResponse<String> response = api().get("api/tasks", "organizer:wrong-password-123", null);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldListCallersTasksAsJsonArray() throws Exception {
        HttpResponse<String> response = api().get("api/tasks?max=5", "organizer", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[").endsWith("]");
    }

    @Test
    void shouldForbidUserCreationToNonAdminWith403Problem() throws Exception {
        HttpResponse<String> response = api().post("api/admin/users", "official", "{}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"status\":403");
    }

    @Test
    void shouldCreateUserThenRefuseSameUsernameWith409() throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String json = "{\"username\":\"" + username + "\",\"password\":\"a-long-password-1\",\"fullName\":\"Test Organizer\","
                + "\"email\":\"" + username + "@example.rs\",\"lsguCode\":\"70645\",\"organisationType\":\"LSGU\",\"roles\":[\"organizer\"]}";

        HttpResponse<String> created = api().post("api/admin/users", "admin", json);
        HttpResponse<String> again = api().post("api/admin/users", "admin", json);
        HttpResponse<String> asNewUser = api().get("api/tasks", username + ":a-long-password-1", null);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        assertThat(created.body()).contains("\"id\":");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"field\":\"username\"");
        assertThat(asNewUser.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNameEveryInvalidFieldWith422() throws Exception {
        HttpResponse<String> response = api().post("api/admin/users", "admin",
                "{\"username\":\"a b\",\"password\":\"short\",\"fullName\":\"\",\"email\":\"not-an-address\",\"roles\":[\"king\"]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"username\"", "\"field\":\"password\"", "\"field\":\"fullName\"",
                "\"field\":\"email\"", "\"field\":\"roles\"");
    }

    @Test
    void shouldAnswerMalformedJsonWith400InCallersLanguage() throws Exception {
        HttpResponse<String> response = api().post("api/admin/users", "admin", "{\"username\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"status\":400").doesNotContain("Exception");
    }

    @Test
    void shouldSendSecurityHeadersHstsAndHttpOnlySameSiteSessionCookie() throws Exception {
        HttpResponse<String> response = api().get("login.xhtml", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("EOBUKA_SESSION=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void shouldSendOneContentSecurityPolicyWithoutInlineScriptOrEvalAndAPagesNonce() throws Exception {
        HttpResponse<String> page = api().get("login.xhtml", null, null);
        HttpResponse<String> json = api().get("api/municipalities", null, null);

        // a page: scripts from this origin and those PrimeFaces wrote with the page's nonce
        assertThat(page.headers().allValues("Content-Security-Policy")).singleElement().satisfies(policy -> {
            assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'")
                    .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}';?$")
                    .doesNotContain("unsafe-eval");
            int start = policy.indexOf("'nonce-") + 7;
            String nonce = policy.substring(start, policy.indexOf('\'', start));
            assertThat(page.body()).contains("nonce=\"" + nonce + "\"").doesNotContain("onclick=");
            assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("unsafe-inline");
        });
        // another answer: the same policy, without a nonce
        assertThat(json.headers().allValues("Content-Security-Policy")).singleElement()
                .satisfies(policy -> assertThat(policy).endsWith("script-src 'self'").doesNotContain("unsafe-eval"));
        // each page its own nonce
        HttpResponse<String> again = api().get("login.xhtml", null, null);
        assertThat(again.headers().firstValue("Content-Security-Policy")).isNotEqualTo(page.headers().firstValue("Content-Security-Policy"));
    }

    @Test
    void shouldKeepPagesAndApiAnswersOutOfCachesButNotTheirScripts() throws Exception {
        // Given a signed-in organizer's inbox, a page, and a script that page loads
        HttpResponse<String> inbox = api().get("api/tasks?max=5", "organizer", null);
        HttpResponse<String> page = api().get("login.xhtml", null, null);
        Matcher resource = Pattern.compile("jakarta\\.faces\\.resource/[^\"]+\\.js\\.xhtml[^\"]*").matcher(page.body());
        assertThat(resource.find()).as("a script on the login page").isTrue();
        HttpResponse<String> script = api().get(resource.group().replace("&amp;", "&"), null, null);

        // Then neither the answer nor the page may be stored, and the script may
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().allValues("Cache-Control")).noneSatisfy(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void shouldLockAccountAfterFiveFailedLogins() throws Exception {
        // Given a fresh account that can log in
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        api().post("api/admin/users", "admin", "{\"username\":\"" + username + "\",\"password\":\"right-password-123\","
                + "\"fullName\":\"Lock Test\",\"email\":\"" + username + "@example.rs\",\"roles\":[\"participant\"]}");
        assertThat(api().get("api/tasks", username + ":right-password-123", null).statusCode()).isEqualTo(200);

        // When five wrong passwords are tried in a row
        for (int i = 0; i < 5; i++) {
            assertThat(api().get("api/tasks", username + ":wrong-password-" + i, null).statusCode()).isEqualTo(401);
        }

        // Then even the right password is refused for a while
        assertThat(api().get("api/tasks", username + ":right-password-123", null).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldMakeAnAddressThatFailsToSignInTooOftenWaitWith429() throws Exception {
        // Given an address of the loopback network no other test uses, and a participant no one has signed in as yet
        String address = ApiClient.freshLoopbackAddress();
        String participant = new ApiFixtures(api()).participant(ApiFixtures.KRAGUJEVAC, "LSGU");

        // When that address fails to sign in 20 times (an unknown user, so that no account locks)
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(api().callFrom(address, "nobody-" + UUID.randomUUID() + ":wrong-password").status()).isEqualTo(401);
        }
        ApiClient.RawReply throttled = api().callFrom(address, "nobody-" + UUID.randomUUID() + ":wrong-password");
        ApiClient.RawReply rightPassword = api().callFrom(address, participant);

        // Then its next attempts, even with the right password, wait: 429 problem+json with Retry-After
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.head()).containsIgnoringCase("content-type: application/problem+json");
        assertThat(throttled.body()).contains("\"status\":429", "Previše neuspelih prijava sa vaše mreže");
        Matcher retryAfter = Pattern.compile("(?im)^retry-after: (\\d+)").matcher(throttled.head());
        assertThat(retryAfter.find()).isTrue();
        assertThat(Long.parseLong(retryAfter.group(1))).isBetween(1L, 600L);
        assertThat(rightPassword.status()).isEqualTo(429);
        // while another address signs the same person in as usual
        assertThat(api().get("api/registrations", participant, null).statusCode()).isEqualTo(200);
    }
}
