package rs.eobuka.platform.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import rs.eobuka.platform.api.DatabaseUnavailable;
import rs.eobuka.platform.api.ServletProblem;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.i18n.web.LanguageFilter;
import rs.eobuka.platform.security.SessionStamps;

/**
 * Ends a signed-in session that may no longer be used, on the request that finds it:
 * <ul>
 * <li>the account's security stamp changed since the session signed in (the account was
 * disabled or erased, its roles replaced, its password set), so that such a change takes effect
 * at once and not when the session times out;</li>
 * <li>the session is older than its absolute lifetime ({@code eobuka.session.max-age}, an ISO-8601
 * duration, 12 hours by default), however active it was, so that a stolen or forgotten session
 * does not live for ever.</li>
 * </ul>
 * A page request is sent to the login page (an Ajax one by a partial-response redirect), an API
 * call gets 401 problem+json. Requests answered by Basic credentials alone carry no session and
 * are checked with the credentials each time.
 */
@WebFilter(urlPatterns = "/*")
public class SessionValidityFilter extends HttpFilter {

    static final String STAMP = "eobuka.securityStamp";

    /** What a session keeps: whose stamp, and which (stamps of different accounts are not comparable). */
    record SignedIn(String username, long stamp) implements java.io.Serializable {
    }
    static final Duration DEFAULT_MAX_AGE = Duration.ofHours(12);

    @Inject
    SessionStamps stamps;

    private Duration maxAge;

    @Override
    public void init() {
        maxAge = Duration.parse(System.getProperty("eobuka.session.max-age", DEFAULT_MAX_AGE.toString()));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (user != null && session != null && !isValid(session, user.getName())) {
            session.invalidate();
            end(request, response);
            return;
        }
        chain.doFilter(request, response);
        // the request that signed in: its session starts with the account's stamp of now
        user = request.getUserPrincipal();
        session = request.getSession(false);
        if (user != null && session != null && !(session.getAttribute(STAMP) instanceof SignedIn)) {
            remember(session, user.getName());
        }
    }

    private boolean isValid(HttpSession session, String username) {
        if (expired(session.getCreationTime(), System.currentTimeMillis(), maxAge)) {
            return false;
        }
        if (!(session.getAttribute(STAMP) instanceof SignedIn started) || !started.username().equals(username)) {
            // signed in on this request, or as someone else in the same session before: starts from now
            remember(session, username);
            return true;
        }
        try {
            return started.stamp() == stamps.current(username);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.isCauseOf(e)) {
                // the request needs the database too and will answer 503 itself; the check runs again on the next one
                return true;
            }
            throw e;
        }
    }

    private void remember(HttpSession session, String username) {
        try {
            session.setAttribute(STAMP, new SignedIn(username, stamps.current(username)));
        } catch (IllegalStateException invalidated) {
            // the request ended the session (signed out): nothing to remember
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
        }
    }

    /**
     * The session goes on with this stamp: the account changed it on this session's own request
     * (a password change), which ends the account's other sessions and not this one.
     */
    public static void keep(HttpSession session, String username, long stamp) {
        if (session != null) {
            session.setAttribute(STAMP, new SignedIn(username, stamp));
        }
    }

    static boolean expired(long createdMillis, long nowMillis, Duration maxAge) {
        return nowMillis - createdMillis > maxAge.toMillis();
    }

    private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (AppAuthenticationMechanism.isApi(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"eObuka\", charset=\"UTF-8\"");
            ServletProblem.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    Texts.message(LanguageFilter.fromAcceptLanguage(request), "error.unauthorized"));
            return;
        }
        String login = request.getContextPath() + AppAuthenticationMechanism.LOGIN_PAGE + "?next="
                + URLEncoder.encode(path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()), StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login.replace("&", "&amp;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(login);
    }
}
