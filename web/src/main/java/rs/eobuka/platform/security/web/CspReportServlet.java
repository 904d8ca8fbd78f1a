package rs.eobuka.platform.security.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import rs.eobuka.platform.security.AddressLimit;
import rs.eobuka.platform.security.SecurityEvents;

/**
 * Where browsers report what the Content-Security-Policy refused (its {@code report-uri}): each
 * report becomes a {@code CSP_VIOLATION} line of the security log, with the page, the directive
 * and what was blocked, so operators see an injection attempt, or a page the policy breaks. Anyone
 * may report, so a report is read up to {@value #LONGEST_REPORT} bytes, and an address is heard at
 * most {@value #REPORTS_PER_ADDRESS} times in {@link #WINDOW}; the answer is always 204.
 */
@WebServlet("/csp-reports")
public class CspReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int LONGEST_REPORT = 16 * 1024;
    static final int REPORTS_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final transient AddressLimit reports = new AddressLimit(WINDOW, REPORTS_PER_ADDRESS);

    @Inject
    transient SecurityEvents events;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant now = Instant.now();
        String address = request.getRemoteAddr();
        if (reports.retryAfter(address, now).isEmpty()) {
            reports.count(address, now);
            JsonObject report = read(request.getInputStream());
            if (report != null) {
                events.log(SecurityEvents.Event.CSP_VIOLATION, "page", text(report, "document-uri"),
                        "directive", text(report, "effective-directive", "violated-directive"), "blocked", text(report, "blocked-uri"),
                        "source", text(report, "source-file"), "line", text(report, "line-number"), "address", address);
            }
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** The report's {@code csp-report} object, or null when the body is not one (or too long). */
    static JsonObject read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(LONGEST_REPORT + 1);
        if (bytes.length > LONGEST_REPORT) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object && object.get("csp-report") instanceof JsonObject report) {
                return report;
            }
            return null;
        } catch (JsonException | IllegalStateException notJson) {
            return null;
        }
    }

    /** The first of the fields the report has, as text ({@code null} when it has none). */
    static String text(JsonObject report, String... fields) {
        for (String field : fields) {
            JsonValue value = report.get(field);
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                return value instanceof jakarta.json.JsonString string ? string.getString() : value.toString();
            }
        }
        return null;
    }
}
