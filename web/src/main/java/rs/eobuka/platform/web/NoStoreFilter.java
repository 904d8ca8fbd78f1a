package rs.eobuka.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps pages and API answers out of browser and proxy caches ({@code Cache-Control: no-store}):
 * most of them show someone's registrations, answers, tasks or account, and a shared computer's
 * back button or a proxy must not show them to the next person. The header is set before the
 * page or resource runs, so the few answers that may be kept (the map's tiles, which are not
 * under these paths) set their own. Scripts, styles and images of the pages are left to the
 * resource handler's caching: they hold nothing personal.
 */
@WebFilter(urlPatterns = {"/api/*", "*.xhtml"})
public class NoStoreFilter extends HttpFilter {

    /** Where Jakarta Faces serves the pages' scripts, styles and images (also under *.xhtml). */
    private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getServletPath().startsWith(FACES_RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
