package rs.eobuka.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import rs.eobuka.account.DemoAccounts;
import rs.eobuka.booking.DateWindow;
import java.util.UUID;
import rs.eobuka.booking.TrainerDetails;
import rs.eobuka.booking.TrainerService;
import rs.eobuka.booking.VenueDetails;
import rs.eobuka.booking.VenueService;
import rs.eobuka.session.Topic;
import rs.eobuka.workshop.SlotProposal;
import rs.eobuka.workshop.WorkshopRequest;
import rs.eobuka.workshop.WorkshopRequestDetails;
import rs.eobuka.workshop.WorkshopRequestSearch;
import rs.eobuka.workshop.WorkshopRequestService;
import rs.eobuka.workshop.process.WorkshopVariables;

/**
 * Test data for the workshop tests, added to the test deployment only (never shipped): a trainer
 * or a venue of their own, through the real services, so a test's bookings meet no other test's.
 * <ul>
 * <li>{@code ?do=trainer&name=N}: a caravan trainer; answers the trainer id (the e-mail is
 * {@code <id-free unique>@trainers.example.rs}, given in the second line)</li>
 * <li>{@code ?do=venue&lsgu=C&name=N}: a venue of 30 seats in that LSGU; answers the venue id</li>
 * <li>{@code ?do=request&username=U&day=D}: that participant asks for an ePay workshop in Kragujevac,
 * one window from two days before D to two days after; answers the request id</li>
 * <li>{@code ?do=accept&request=N}: the demo organizer accepts it at triage</li>
 * <li>{@code ?do=propose&request=N&trainer=T&venue=V&start=S}: the demo organizer proposes
 * three hours from S (local date and time) with that trainer and venue</li>
 * <li>{@code ?do=fire&request=N&timer=T}: fires the timer of that element id in the request's process now, as
 * if its date had come; answers the request id once the job has run and is committed</li>
 * </ul>
 */
@WebServlet("/workshop-setup")
public class WorkshopSetupServlet extends HttpServlet {

    public static final String PATH = "workshop-setup";

    @Inject
    TrainerService trainers;

    @Inject
    VenueService venues;

    @Inject
    WorkshopRequestService requests;

    @Inject
    WorkshopRequestSearch search;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = switch (request.getParameter("do")) {
            case "trainer" -> trainer(request.getParameter("name"));
            case "venue" -> venues.create(new VenueDetails(request.getParameter("lsgu"), request.getParameter("name"),
                    "Trg slobode 3", 30, true, 10, true)).getId().toString();
            case "request" -> workshopRequest(request.getParameter("username"), LocalDate.parse(request.getParameter("day")));
            case "accept" -> requests.accept(task(request, WorkshopVariables.TASK_TRIAGE), DemoAccounts.PROPOSER, null).getId().toString();
            case "propose" -> requests.propose(task(request, WorkshopVariables.TASK_PROPOSE), DemoAccounts.PROPOSER, new SlotProposal(
                    LocalDateTime.parse(request.getParameter("start")), LocalDateTime.parse(request.getParameter("start")).plusHours(3),
                    Set.of(Long.valueOf(request.getParameter("trainer"))), Long.valueOf(request.getParameter("venue"))))
                    .getId().toString();
            case "fire" -> fire(Long.parseLong(request.getParameter("request")), request.getParameter("timer"));
            default -> throw new IllegalArgumentException(request.getParameter("do"));
        };
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }

    private String workshopRequest(String username, LocalDate day) {
        return requests.submit(new WorkshopRequestDetails(Topic.E_PAY, "70645", "Gradska uprava Kragujevac", 20,
                List.of(new DateWindow(day.minusDays(2), day.plusDays(2))), "Sala 12", "034 111 222", null, false), username)
                .getId().toString();
    }

    private String task(HttpServletRequest request, String taskKey) {
        WorkshopRequest workshop = search.get(Long.parseLong(request.getParameter("request")));
        return tasks.createTaskQuery().processInstanceId(workshop.getProcessInstanceId()).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    private String fire(long requestId, String timerId) {
        Job timer = management.createJobQuery().processInstanceId(search.get(requestId).getProcessInstanceId())
                .activityId(timerId).timers().singleResult();
        if (timer == null) {
            throw new IllegalStateException("no " + timerId + " for workshop request " + requestId);
        }
        management.executeJob(timer.getId());
        return Long.toString(requestId);
    }

    private String trainer(String name) {
        String email = "t-" + UUID.randomUUID().toString().substring(0, 12) + "@trainers.example.rs";
        long id = trainers.create(new TrainerDetails(name, email, null, Set.of(Topic.E_SICK_LEAVE, Topic.E_PAY, Topic.URNTR),
                Set.of(), Set.of())).getId();
        return id + "\n" + email;
    }
}
