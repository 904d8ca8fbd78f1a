package rs.eobuka.workshop.process;

import jakarta.enterprise.context.ApplicationScoped;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.workshop.WorkshopReport;

/** The event report after the day: {@code REPORT} with {@code issues} met and what the municipality asked for next ({@code nextRequests}). */
@ApplicationScoped
public class WorkshopReportDecision extends WorkshopTaskDecision {

    public static final String REPORT = "REPORT";

    public WorkshopReportDecision() {
        super(WorkshopVariables.TASK_REPORT, REPORT);
    }

    @Override
    public void decide(String taskId, String username, TaskCommand command) {
        WorkshopPayload payload = new WorkshopPayload(command.payload());
        String issues = payload.text("issues");
        String next = payload.text("nextRequests");
        payload.requireValid();
        requests.fileReport(taskId, username, new WorkshopReport(issues, next));
    }
}
