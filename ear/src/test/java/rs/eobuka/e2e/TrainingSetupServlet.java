package rs.eobuka.e2e;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import rs.eobuka.account.AccountAdminService;
import rs.eobuka.account.DemoAccounts;
import rs.eobuka.account.NewAccount;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.platform.security.Role;
import rs.eobuka.inbox.InboxQuery;
import rs.eobuka.inbox.InboxService;
import rs.eobuka.inbox.TaskSummary;
import rs.eobuka.platform.engine.TaskSearchTextBackfill;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.registration.process.RegistrationVariables;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.SessionPlan;
import rs.eobuka.session.Training;
import rs.eobuka.session.TrainingService;
import rs.eobuka.session.TrainingSession;

/**
 * Test data for the organizer browser tests, added to the test deployment only (never shipped):
 * a published session, a participant, a registration, each through the real services, and an
 * overdue approval through the process's own timer.
 * <ul>
 * <li>{@code ?do=session&startInMinutes=N&capacity=C}: proposed by the demo organizer, approved
 * by the demo coordinator; answers the session id</li>
 * <li>{@code ?do=participant&username=U&fullName=F}: an LSGU official in Kragujevac</li>
 * <li>{@code ?do=organizer&username=U&fullName=F}: an organizer of its own (tests in another
 * language change their account's language, so they leave the demo organizers alone)</li>
 * <li>{@code ?do=register&session=N&username=U}: answers the registration id</li>
 * <li>{@code ?do=overdue&registration=N}: fires the approval-overdue timer
 * ({@value #APPROVAL_OVERDUE_TIMER}) of that registration's process now, as if two working days
 * had passed without a decision; answers the registration id once the escalation has run and
 * is committed</li>
 * <li>{@code ?do=standaloneTask&username=U}: a task of no process, assigned to that user, the
 * kind of task no feature describes or decides; answers the task id</li>
 * <li>{@code ?do=forgetSearchText&task=T}: clears the task's search text, as for a task created
 * before tasks had one; answers the task id</li>
 * <li>{@code ?do=backfillSearchTexts}: writes the missing search texts now, as the engine's
 * start does in the background; answers how many</li>
 * </ul>
 */
@WebServlet("/e2e-setup")
public class TrainingSetupServlet extends HttpServlet {

    static final String PATH = "e2e-setup";
    static final String PASSWORD = "e2e-lozinka-dovoljno-duga";
    /** The boundary timer on the approval task in training-registration.bpmn. */
    static final String APPROVAL_OVERDUE_TIMER = "Timer_ApprovalOverdue";

    @Inject
    TrainingService trainings;

    @Inject
    SessionApprovalService approvals;

    @Inject
    InboxService inbox;

    @Inject
    AccountAdminService accountAdmin;

    @Inject
    RegistrationService registrations;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Inject
    TaskService tasks;

    @Inject
    TaskSearchTextBackfill searchTexts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = switch (request.getParameter("do")) {
            case "session" -> session(Integer.parseInt(request.getParameter("startInMinutes")),
                    Integer.parseInt(request.getParameter("capacity")));
            case "participant" -> accountAdmin.create(new NewAccount(request.getParameter("username"), PASSWORD,
                    request.getParameter("fullName"), request.getParameter("username") + "@example.rs", "70645",
                    OrganisationType.LSGU, EnumSet.of(Role.PARTICIPANT))).getId().toString();
            case "organizer" -> accountAdmin.create(new NewAccount(request.getParameter("username"), PASSWORD,
                    request.getParameter("fullName"), request.getParameter("username") + "@example.rs", "70645",
                    null, EnumSet.of(Role.ORGANIZER))).getId().toString();
            // the server's switch, read on every request: the browser tests' server runs with it off
            case "twoFactorRequired" -> String.valueOf(System.setProperty("eobuka.two-factor.required",
                    String.valueOf(Boolean.parseBoolean(request.getParameter("value")))));
            case "register" -> registrations.register(Long.parseLong(request.getParameter("session")),
                    request.getParameter("username"), true).getId().toString();
            case "overdue" -> overdue(Long.parseLong(request.getParameter("registration")));
            case "standaloneTask" -> standaloneTask(request.getParameter("username"));
            case "forgetSearchText" -> forgetSearchText(request.getParameter("task"));
            case "backfillSearchTexts" -> backfillSearchTexts();
            default -> throw new IllegalArgumentException("unknown setup step");
        };
        response.setContentType("text/plain");
        response.getWriter().write(answer);
    }

    private String session(int startInMinutes, int capacity) {
        Training training = trainings.find(null, 0, 100).stream()
                .filter(t -> t.getAudienceTypes().contains(OrganisationType.LSGU)).findFirst().orElseThrow();
        var start = SerbianTime.now().withSecond(0).withNano(0).plusMinutes(startInMinutes);
        TrainingSession session = approvals.propose(new SessionPlan(training.getId(), "70645", "Gradska uprava Kragujevac, sala 2",
                "Trg slobode 3", start, start.plusHours(2), start, capacity, null, "Đorđe Živković", null), DemoAccounts.PROPOSER);
        List<TaskSummary> review = inbox.find(new InboxQuery(DemoAccounts.REVIEWER, Set.of(Role.ORGANIZER.group()),
                "session-approval", session.getId().toString(), null, false, null), Language.DEFAULT, 0, 1);
        approvals.review(review.get(0).id(), DemoAccounts.REVIEWER, true, null);
        return session.getId().toString();
    }

    private String standaloneTask(String username) {
        Task task = tasks.newTask();
        task.setName("Call the venue");
        task.setAssignee(username);
        tasks.saveTask(task);
        return task.getId();
    }

    private String forgetSearchText(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        task.setDescription(null);
        tasks.saveTask(task);
        return taskId;
    }

    private String backfillSearchTexts() {
        int total = 0;
        int batch;
        do {
            batch = searchTexts.fillBatch(TaskSearchTextBackfill.BATCH);
            total += batch;
        } while (batch == TaskSearchTextBackfill.BATCH);
        return Integer.toString(total);
    }

    /** Runs the overdue timer in this request, so that its escalation is done when the answer comes. */
    private String overdue(long registrationId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(RegistrationVariables.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(registrationId)).singleResult();
        if (instance == null) {
            throw new IllegalStateException("no running registration process for registration " + registrationId);
        }
        Job timer = management.createJobQuery().processInstanceId(instance.getId())
                .activityId(APPROVAL_OVERDUE_TIMER).timers().singleResult();
        if (timer == null) {
            throw new IllegalStateException("no " + APPROVAL_OVERDUE_TIMER + " for registration " + registrationId);
        }
        management.executeJob(timer.getId());
        return Long.toString(registrationId);
    }
}
