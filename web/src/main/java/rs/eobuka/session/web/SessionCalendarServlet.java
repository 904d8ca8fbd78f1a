package rs.eobuka.session.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.i18n.web.LanguageFilter;
import rs.eobuka.session.SessionCalendar;
import rs.eobuka.session.SessionService;
import rs.eobuka.session.TrainingSession;

/** A catalogue session as an iCalendar file ({@code ?id=N}), public like the catalogue itself, in the reader's language. */
@WebServlet("/catalogue/session.ics")
public class SessionCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionService sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TrainingSession session;
        try {
            session = sessions.getPublic(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] ics = SessionCalendar.ics(session, LanguageFilter.current(request)).getBytes(StandardCharsets.UTF_8);
        response.setContentType(SessionCalendar.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + SessionCalendar.fileName(session) + "\"");
        response.setContentLength(ics.length);
        response.getOutputStream().write(ics);
    }
}
