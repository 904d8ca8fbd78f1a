package rs.eobuka.platform.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A browser's report is read for what it says, and anything else is ignored. */
class CspReportServletTest {

    @Test
    void shouldReadTheDirectiveAndWhatWasBlocked() throws IOException {
        JsonObject report = CspReportServlet.read(body("""
                {"csp-report": {"document-uri": "https://eobuka.rs/index.xhtml", "violated-directive": "script-src-elem",
                 "effective-directive": "script-src-elem", "blocked-uri": "inline", "line-number": 12}}"""));

        assertThat(CspReportServlet.text(report, "document-uri")).isEqualTo("https://eobuka.rs/index.xhtml");
        assertThat(CspReportServlet.text(report, "effective-directive", "violated-directive")).isEqualTo("script-src-elem");
        assertThat(CspReportServlet.text(report, "line-number")).isEqualTo("12");
        assertThat(CspReportServlet.text(report, "source-file")).isNull();
    }

    @Test
    void shouldIgnoreWhatIsNotAReportOrTooLong() throws IOException {
        assertThat(CspReportServlet.read(body("not json"))).isNull();
        assertThat(CspReportServlet.read(body("[1, 2]"))).isNull();
        assertThat(CspReportServlet.read(body("{\"other\": {}}"))).isNull();
        assertThat(CspReportServlet.read(body("{\"csp-report\": {\"blocked-uri\": \"" + "x".repeat(CspReportServlet.LONGEST_REPORT) + "\"}}")))
                .isNull();
    }

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
