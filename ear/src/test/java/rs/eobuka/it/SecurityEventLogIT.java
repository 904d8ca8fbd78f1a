package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security-event log, as the test server writes it (standalone/log/security.log): account
 * creation, failed and successful sign-ins with the address, refusals, one line each, a forged
 * line in a username kept on its own line, and none of it in the application's server.log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityEventLogIT {

    private static final Path LOGS = Path.of(System.getProperty("jboss.home"), "standalone", "log");

    @ArquillianResource
    URL base;

    @Test
    void shouldLogAccountsSignInsAndRefusalsApartFromTheApplicationLog() throws Exception {
        // Given a participant an admin has just created, and a network address of this test's own
        ApiClient api = new ApiClient(base);
        String participant = new ApiFixtures(api).participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        String username = participant.substring(0, participant.indexOf(':'));
        String address = ApiClient.freshLoopbackAddress();

        // When from that address a wrong password is tried, then a username that carries a forged log line, then the right password
        assertThat(api.callFrom(address, username + ":not-the-password-1").status()).isEqualTo(401);
        assertThat(api.callFrom(address, "forged-" + username + "\nSIGN_IN user=\"admin\":x").status()).isEqualTo(401);
        assertThat(api.callFrom(address, participant).status()).isEqualTo(200);
        // and the participant calls an admin's endpoint, with a request id of a proxy's
        String requestId = "it-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("api/admin/access-log"))
                .header("Authorization", basic(participant)).header("X-Request-Id", requestId).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("X-Request-Id")).hasValue(requestId);

        // Then each is one line of the security log, with who, from where and why
        List<String> lines = Files.readAllLines(LOGS.resolve("security.log"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(username)).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("ACCOUNT_CREATED user=\"" + username + "\" by=\"admin\""));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("SIGN_IN_FAILED user=\"" + username + "\" address=\"" + address + "\" reason=\"wrong password\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("SIGN_IN user=\"" + username + "\" address=\"" + address + "\""));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("FORBIDDEN user=\"" + username + "\" method=\"GET\"")
                .contains("api/admin/access-log").endsWith("request=" + requestId));
        // the forged username stays inside its quotes on its own line
        assertThat(lines).filteredOn(line -> line.contains("forged-")).singleElement().asString()
                .contains("SIGN_IN_FAILED user=\"forged-" + username + "\\u000aSIGN_IN user=\\\"admin\\\"\"");
        assertThat(Files.readString(LOGS.resolve("security.log"), StandardCharsets.UTF_8)).doesNotContain("\nSIGN_IN user=\"admin\"");
        // and none of it went to the application's log
        assertThat(Files.readString(LOGS.resolve("server.log"), StandardCharsets.UTF_8)).doesNotContain(address);
    }

    @Test
    void shouldGiveEveryRequestAnIdAndWriteJsonLogsWhenAskedTo() throws Exception {
        // Given the test server, started with EOBUKA_LOG_JSON at INFO

        // When a request comes without an id, and one with an id that would forge log text
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/municipalities")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/municipalities"))
                .header("X-Request-Id", "a b\" forged=\"yes").GET().build(), HttpResponse.BodyHandlers.ofString());

        // Then each gets an id of its own
        assertThat(plain.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
        assertThat(forged.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));

        // and the server's log is also written as JSON, one object a line, the application's lines among them
        List<String> json = Files.readAllLines(LOGS.resolve("server.json"), StandardCharsets.UTF_8);
        assertThat(json).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}").contains("\"loggerName\":"));
        assertThat(json).anySatisfy(line -> assertThat(line).contains("\"loggerName\":\"rs.eobuka.platform.lifecycle.ProductionSettingsCheck\"")
                .contains("\"level\":\"INFO\"").contains("\"app\":\"eobuka\""));
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
