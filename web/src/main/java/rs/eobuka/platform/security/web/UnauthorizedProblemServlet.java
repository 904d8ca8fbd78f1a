package rs.eobuka.platform.security.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import rs.eobuka.platform.api.ServletProblem;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.i18n.web.LanguageFilter;

/**
 * The body of every 401 (web.xml error page). Pages never answer 401 (an anonymous visit is
 * redirected to the login page), so a 401 is always an API call: it gets problem+json in the
 * caller's language, never a login page or the container's HTML.
 */
@WebServlet("/problem/unauthorized")
public class UnauthorizedProblemServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletProblem.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                Texts.message(LanguageFilter.fromAcceptLanguage(request), "error.unauthorized"));
    }
}
