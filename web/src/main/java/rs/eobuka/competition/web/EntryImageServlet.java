package rs.eobuka.competition.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import rs.eobuka.competition.EntryDetailsService;
import rs.eobuka.competition.EntryImages;
import rs.eobuka.platform.security.Role;

/**
 * An image of a competition entry not published yet ({@code ?entry=N&n=1}), for the organizers
 * who moderate it (web.xml names the role, and so does this servlet); published images are
 * public at {@code /api/entries/{id}/images/{n}}. Sent as stored (re-encoded on arrival), never
 * sniffed as anything else, and never cached by a shared cache.
 */
@WebServlet(EntryImageServlet.PATH)
public class EntryImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/competition/entry-image";

    @Inject
    transient EntryDetailsService details;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Role.ORGANIZER.group())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<EntryImages.Encoded> image;
        try {
            image = details.image(Long.parseLong(request.getParameter("entry")), Integer.parseInt(request.getParameter("n")));
        } catch (NumberFormatException e) {
            image = Optional.empty();
        }
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = image.get().bytes();
        response.setContentType(image.get().contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
