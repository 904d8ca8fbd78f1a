package rs.eobuka.registration.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.LanguageFilter;
import rs.eobuka.registration.AttendanceService;
import rs.eobuka.registration.CertificateDocument;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationService;

/**
 * The attendance certificate of a registration ({@code ?id=N}) as a PDF in the reader's
 * language, for its holder or an organizer (web.xml lets only signed-in people reach it; the
 * service decides whose it is).
 */
@WebServlet("/registrations/certificate")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttendanceService attendance;

    @Inject
    transient RegistrationService registrations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getRemoteUser();
        boolean organizer = request.isUserInRole("organizer") || request.isUserInRole("admin");
        byte[] pdf;
        Registration registration;
        try {
            long id = Long.parseLong(request.getParameter("id"));
            registration = registrations.getVisible(id, username, organizer);
            pdf = attendance.certificate(id, username, organizer, LanguageFilter.current(request));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (DomainException e) {
            // no such registration, or no certificate for it
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + CertificateDocument.fileName(registration) + "\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
