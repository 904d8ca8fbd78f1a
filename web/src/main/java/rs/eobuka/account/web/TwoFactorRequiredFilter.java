package rs.eobuka.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import rs.eobuka.account.TwoFactorService;
import rs.eobuka.platform.api.ServletProblem;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.i18n.web.LanguageFilter;
import rs.eobuka.platform.security.web.AppAuthenticationMechanism;

/**
 * Administrators and organizers sign in in two steps (ASVS 2.x for privileged accounts): one who
 * has not turned on two-factor sign-in reaches only the profile, to turn it on, and the pages
 * every visitor may open; the API answers them 403 problem+json. On unless
 * {@code eobuka.two-factor.required} is false (application.cli: EOBUKA_TWO_FACTOR_REQUIRED; the
 * local run and the tests' servers turn it off, their demo accounts having no authenticator app).
 * Read on every request, so it can be switched at run time.
 */
@WebFilter(urlPatterns = "/*")
public class TwoFactorRequiredFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String SWITCH = "eobuka.two-factor.required";
    /** Session attribute: this session's account has two-factor sign-in on. */
    static final String SATISFIED = "eobuka.twoFactorOn";
    static final String PROFILE = "/account/profile.xhtml";
    /** What such a person may still open: the profile, sign-out, error pages, and the pages' resources. */
    private static final List<String> OPEN = List.of(PROFILE, "/jakarta.faces.resource/", "/resources/", "/error/", "/problem/",
            "/logout", "/csp-reports");

    @Inject
    transient TwoFactorService twoFactor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!appliesTo(request) || isOpen(request) || hasTwoFactor(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (AppAuthenticationMechanism.isApi(request)) {
            ServletProblem.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    Texts.message(LanguageFilter.fromAcceptLanguage(request), "twoFactor.required"));
            return;
        }
        response.sendRedirect(request.getContextPath() + PROFILE + "#two-factor");
    }

    /** Whether the caller's role must sign in in two steps (whether or not it does yet). */
    public static boolean appliesTo(HttpServletRequest request) {
        return Boolean.parseBoolean(System.getProperty(SWITCH, "true")) && request.getUserPrincipal() != null
                && (request.isUserInRole("admin") || request.isUserInRole("organizer"));
    }

    /** The session's account has just turned two-factor sign-in on. */
    public static void satisfied(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SATISFIED, Boolean.TRUE);
        }
    }

    private boolean hasTwoFactor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(SATISFIED))) {
            return true;
        }
        boolean on = twoFactor.isEnabled(request.getUserPrincipal().getName());
        if (on && session != null) {
            session.setAttribute(SATISFIED, Boolean.TRUE);
        }
        return on;
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(path::startsWith);
    }
}
