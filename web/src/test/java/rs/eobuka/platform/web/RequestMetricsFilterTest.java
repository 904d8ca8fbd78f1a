package rs.eobuka.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The request meter's tags stay few and fixed, whatever the request says. */
class RequestMetricsFilterTest {

    @Test
    void shouldTellPagesApiAndResourcesApart() {
        assertThat(RequestKind.of("/index.xhtml")).isEqualTo(RequestKind.PAGE);
        assertThat(RequestKind.of("/")).isEqualTo(RequestKind.PAGE);
        assertThat(RequestKind.of("/admin/engine.xhtml")).isEqualTo(RequestKind.PAGE);
        assertThat(RequestKind.of("/api/sessions/12/registrations")).isEqualTo(RequestKind.API);
        // a Faces resource's path ends like a page's
        assertThat(RequestKind.of("/jakarta.faces.resource/primefaces.js.xhtml")).isEqualTo(RequestKind.RESOURCE);
        assertThat(RequestKind.of("/resources/images/logo.svg")).isEqualTo(RequestKind.RESOURCE);
        assertThat(RequestKind.of("/certificates/abc.pdf")).isEqualTo(RequestKind.OTHER);
        assertThat(RequestKind.of("/apidocs")).isEqualTo(RequestKind.OTHER);
        assertThat(RequestKind.API.tag()).isEqualTo("api");
    }

    @Test
    void shouldNameOnlyHttpsOwnMethods() {
        assertThat(RequestMetricsFilter.knownMethod("GET")).isEqualTo("GET");
        assertThat(RequestMetricsFilter.knownMethod("DELETE")).isEqualTo("DELETE");
        assertThat(RequestMetricsFilter.knownMethod("X-MADE-UP-1")).isEqualTo("other");
        assertThat(RequestMetricsFilter.knownMethod("get")).isEqualTo("other");
    }
}
