package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** WildFly's readiness endpoint includes the application's own checks of database, engine and start-up. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessIT {

    @Test
    void shouldReportDatabaseProcessEngineAndApplicationReady() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:9990/health/ready")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().replace(" ", ""))
                .startsWith("{\"status\":\"UP\"")
                .contains("{\"name\":\"database\",\"status\":\"UP\"")
                .contains("{\"name\":\"process-engine\",\"status\":\"UP\"")
                .contains("{\"name\":\"application\",\"status\":\"UP\"");
    }
}
