package rs.eobuka.workshop;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.camunda.bpm.engine.TaskService;
import rs.eobuka.account.DemoAccounts;
import rs.eobuka.booking.DateWindow;
import rs.eobuka.booking.TrainerService;
import rs.eobuka.booking.Venue;
import rs.eobuka.booking.VenueService;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.session.Topic;
import rs.eobuka.workshop.process.WorkshopVariables;

/**
 * Demo mode only: workshop requests in several states, made through the real service, so every
 * workshop screen is alive on the first run: one waiting for triage, one whose proposal the demo
 * account {@code official} must answer (on their home page), one confirmed and published as a
 * session, and one declined. Seeds once, when there is no request yet.
 */
@Singleton
@Startup
@DependsOn("DemoBookings")
public class DemoWorkshops {

    private static final Logger LOG = Logger.getLogger(DemoWorkshops.class.getName());
    private static final String REQUESTER = "official";
    private static final String OTHER_REQUESTER = "trainer";
    private static final String KRAGUJEVAC = "70645";
    private static final String CACAK = "71242";

    @Inject
    WorkshopRequestService requests;

    @Inject
    WorkshopRequestSearch search;

    @Inject
    TrainerService trainers;

    @Inject
    VenueService venues;

    @Inject
    TaskService tasks;

    @PostConstruct
    void seed() {
        if (!DemoAccounts.enabled() || search.count(new WorkshopFilter(null, null, null, null)) > 0) {
            return;
        }
        LocalDate monday = SerbianTime.now().toLocalDate().plusWeeks(3).with(DayOfWeek.MONDAY);
        List<DateWindow> windows = List.of(new DateWindow(monday, monday.plusDays(4)));
        Venue hall = venues.inLsgu(KRAGUJEVAC).get(0);

        submit(Topic.E_SICK_LEAVE, KRAGUJEVAC, "Gradska uprava Kragujevac, služba za ljudske resurse", 25, windows, REQUESTER);

        WorkshopRequest proposed = submit(Topic.E_PAY, KRAGUJEVAC, "Gradska uprava Kragujevac, odeljenje za lokalne prihode", 18,
                windows, REQUESTER);
        accept(proposed);
        propose(proposed, monday.plusDays(1).atTime(10, 0), "dragana.nikolic@eobuka.rs", hall);

        WorkshopRequest confirmed = submit(Topic.URNTR, KRAGUJEVAC, "Dom zdravlja Kragujevac", 15, windows, REQUESTER);
        accept(confirmed);
        propose(confirmed, monday.plusDays(2).atTime(10, 0), "nikola.stojanovic@eobuka.rs", hall);
        requests.acceptProposal(task(confirmed, WorkshopVariables.TASK_ANSWER), REQUESTER);

        WorkshopRequest declined = submit(Topic.E_SICK_LEAVE, CACAK, "Udruženje poslodavaca Čačka", 40, windows, OTHER_REQUESTER);
        requests.decline(task(declined, WorkshopVariables.TASK_TRIAGE), DemoAccounts.PROPOSER,
                "Radionica za poslodavce u Čačku već je planirana sa Digitalnim karavanom; prijavite se na nju u katalogu.");
        LOG.info("Demo workshops: 4 requests (submitted, proposed, confirmed, declined)");
    }

    private WorkshopRequest submit(Topic topic, String lsgu, String organisation, int participants, List<DateWindow> windows,
                                   String requester) {
        return requests.submit(new WorkshopRequestDetails(topic, lsgu, organisation, participants, windows, null,
                "064 123 4567", null, false), requester);
    }

    private void accept(WorkshopRequest request) {
        requests.accept(task(request, WorkshopVariables.TASK_TRIAGE), DemoAccounts.PROPOSER, null);
    }

    private void propose(WorkshopRequest request, LocalDateTime start, String trainerEmail, Venue venue) {
        requests.propose(task(request, WorkshopVariables.TASK_PROPOSE), DemoAccounts.PROPOSER, new SlotProposal(start,
                start.plusHours(3), Set.of(trainers.findByEmail(trainerEmail).orElseThrow().getId()), venue.getId()));
    }

    private String task(WorkshopRequest request, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(request.getProcessInstanceId()).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }
}
