package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request rates and latencies on the management interface's {@code /metrics}, by kind, method and
 * outcome, with the server's connection pool beside them; the endpoint speaks Prometheus' format.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestMetricsIT {

    private static final String REQUESTS = "eobuka_http_requests_seconds_count";

    @ArquillianResource
    URL base;

    @Test
    void shouldCountRequestsByKindAndOutcomeWithTheirLatencies() throws Exception {
        ApiClient api = new ApiClient(base);
        MetricsScrape before = MetricsScrape.take();

        // When the API answers three lists, one unknown id, and a page is shown
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("api/municipalities", null, null).statusCode()).isEqualTo(200);
        }
        assertThat(api.get("api/sessions/999999999", null, null).statusCode()).isEqualTo(404);
        assertThat(api.get("index.xhtml", null, null).statusCode()).isEqualTo(200);

        // Then each is counted under its kind and outcome
        MetricsScrape after = MetricsScrape.take();
        assertThat(grown(before, after, "kind=api", "method=GET", "status=2xx")).isGreaterThanOrEqualTo(3);
        assertThat(grown(before, after, "kind=api", "method=GET", "status=4xx")).isGreaterThanOrEqualTo(1);
        assertThat(grown(before, after, "kind=page", "method=GET", "status=2xx")).isGreaterThanOrEqualTo(1);
        // with their time: a total and the slowest of the last minutes
        assertThat(after.value("eobuka_http_requests_seconds_sum", "kind=api", "method=GET", "status=2xx"))
                .isGreaterThan(before.value("eobuka_http_requests_seconds_sum", "kind=api", "method=GET", "status=2xx"));
        assertThat(after.value("eobuka_http_requests_seconds_max", "kind=page", "method=GET", "status=2xx")).isPositive();

        // and the connection pool's use is beside them
        assertThat(after.has("datasources_pool_in_use_count")).isTrue();
        assertThat(after.value("datasources_pool_created_count")).isPositive();
    }

    private static double grown(MetricsScrape before, MetricsScrape after, String... labels) {
        return after.value(REQUESTS, labels) - before.value(REQUESTS, labels);
    }
}
