package rs.eobuka.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import rs.eobuka.booking.TrainerDetails;
import rs.eobuka.booking.TrainerService;
import rs.eobuka.booking.VenueDetails;
import rs.eobuka.booking.VenueService;
import rs.eobuka.session.Topic;

/**
 * Test data for the workshop tests, added to the test deployment only (never shipped): a trainer
 * or a venue of their own, through the real services, so a test's bookings meet no other test's.
 * <ul>
 * <li>{@code ?do=trainer&name=N}: a caravan trainer; answers the trainer id (the e-mail is
 * {@code <id-free unique>@trainers.example.rs}, given in the second line)</li>
 * <li>{@code ?do=venue&lsgu=C&name=N}: a venue of 30 seats in that LSGU; answers the venue id</li>
 * </ul>
 */
@WebServlet("/workshop-setup")
public class WorkshopSetupServlet extends HttpServlet {

    public static final String PATH = "workshop-setup";

    @Inject
    TrainerService trainers;

    @Inject
    VenueService venues;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer = switch (request.getParameter("do")) {
            case "trainer" -> trainer(request.getParameter("name"));
            case "venue" -> venues.create(new VenueDetails(request.getParameter("lsgu"), request.getParameter("name"),
                    "Trg slobode 3", 30, true, 10, true)).getId().toString();
            default -> throw new IllegalArgumentException(request.getParameter("do"));
        };
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(answer);
    }

    private String trainer(String name) {
        String email = "t-" + UUID.randomUUID().toString().substring(0, 12) + "@trainers.example.rs";
        long id = trainers.create(new TrainerDetails(name, email, null, Set.of(Topic.E_SICK_LEAVE, Topic.E_PAY, Topic.URNTR),
                Set.of(), Set.of())).getId();
        return id + "\n" + email;
    }
}
