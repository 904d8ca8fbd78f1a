package rs.eobuka.workshop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;

/**
 * tasks/workshop-report.xhtml, the event report after the day: the issues met and what the
 * municipality asked for next; the participants present come from the session's attendance and
 * the citizens helped from the caravan's tally.
 */
@Named
@ViewScoped
public class WorkshopReportView extends WorkshopTaskView {

    private static final long serialVersionUID = 1L;

    private String issues;
    private String nextRequests;

    public WorkshopReportView() {
        super("report");
    }

    public void fileReport() throws IOException {
        JsonObjectBuilder payload = Json.createObjectBuilder();
        if (issues != null) {
            payload.add("issues", issues);
        }
        if (nextRequests != null) {
            payload.add("nextRequests", nextRequests);
        }
        complete("REPORT", null, payload.build(), "workshop.report.filed");
    }

    public String getIssues() { return issues; }
    public void setIssues(String issues) { this.issues = issues; }
    public String getNextRequests() { return nextRequests; }
    public void setNextRequests(String nextRequests) { this.nextRequests = nextRequests; }
}
