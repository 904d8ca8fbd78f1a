package rs.eobuka.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import rs.eobuka.account.AccountAdminService;
import rs.eobuka.account.NewAccount;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.feedback.SurveyAudience;
import rs.eobuka.feedback.SurveyService;
import rs.eobuka.feedback.SurveyTarget;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.registration.AttendanceService;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.session.TrainingSession;

/**
 * Test data for the feedback browser tests, added to the test deployment only (never shipped).
 * {@code ?do=heldSurvey&username=U&language=L}: a participant U writing in L, registered for a
 * session that has ended and marked present; the session's end has started its survey, so the
 * invitation is in U's mail. Answers the survey id.
 */
@WebServlet("/feedback-setup")
public class FeedbackSetupServlet extends HttpServlet {

    public static final String PATH = "feedback-setup";

    @Inject
    ServiceFixtures fixtures;

    @Inject
    AccountAdminService accountAdmin;

    @Inject
    RegistrationService registrations;

    @Inject
    AttendanceService attendance;

    @Inject
    ManagementService management;

    @Inject
    SurveyService surveys;

    @Inject
    rs.eobuka.account.ProfileService profiles;

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource database;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"heldSurvey".equals(request.getParameter("do"))) {
            throw new IllegalArgumentException("unknown setup step");
        }
        try {
            String answer = heldSurvey(request.getParameter("username"), request.getParameter("language"));
            response.setContentType("text/plain");
            response.getWriter().write(answer);
        } catch (SQLException | InterruptedException e) {
            throw new IOException(e);
        }
    }

    private String heldSurvey(String username, String language) throws SQLException, InterruptedException {
        accountAdmin.create(new NewAccount(username, "e2e-lozinka-dovoljno-duga", "Učesnica " + username,
                username + "@example.rs", "70645", OrganisationType.LSGU, EnumSet.of(Role.PARTICIPANT)));
        profiles.changeLanguage(username, rs.eobuka.platform.i18n.Language.fromTag(language).orElseThrow());
        TrainingSession session = fixtures.publishedSession(5, SerbianTime.now().plusMinutes(5).withSecond(0).withNano(0));
        Registration registration = registrations.register(session.getId(), username, true);
        fixtures.approve(registration.getProcessInstanceId());
        ServiceFixtures.await(Duration.ofSeconds(90), () -> management.createJobQuery()
                .processInstanceId(registration.getProcessInstanceId()).activityId("Timer_SessionReminder").count() == 0);
        LocalDateTime now = SerbianTime.now().withNano(0);
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("update training_session set starts_at = ?, ends_at = ? where id = ?")) {
            update.setObject(1, now.minusHours(2));
            update.setObject(2, now.minusMinutes(1));
            update.setLong(3, session.getId());
            update.executeUpdate();
        }
        attendance.record(session.getId(), List.of(registration.getId()), true, ServiceFixtures.PROPOSER);
        Job over = management.createJobQuery().processInstanceId(session.getProcessInstanceId()).activityId("Timer_SessionOver").singleResult();
        management.executeJob(over.getId());
        return surveys.find(SurveyTarget.session(session.getId()), SurveyAudience.PARTICIPANTS).orElseThrow().getId().toString();
    }
}
