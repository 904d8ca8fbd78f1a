package rs.eobuka.platform.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import rs.eobuka.platform.security.SecurityEvents;

/**
 * Writes every refused request (403) to the security-event log: those the application refuses
 * (an API role check, a page's own check) as they leave, and those the container refuses by a
 * security constraint, which reach the application only as the dispatch to the 403 error page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ForbiddenLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String LOGGED = ForbiddenLogFilter.class.getName() + ".logged";

    @Inject
    transient SecurityEvents events;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean errorPage = request.getDispatcherType() == DispatcherType.ERROR;
        if (errorPage && Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            log(request, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        }
        chain.doFilter(request, response);
        if (!errorPage && response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            log(request, request.getRequestURI());
        }
    }

    private void log(HttpServletRequest request, String path) {
        if (request.getAttribute(LOGGED) == null) {
            request.setAttribute(LOGGED, Boolean.TRUE);
            events.log(SecurityEvents.Event.FORBIDDEN, "user", request.getRemoteUser(), "method", request.getMethod(),
                    "path", path, "address", request.getRemoteAddr());
        }
    }
}
