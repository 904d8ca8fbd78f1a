package rs.eobuka.platform.i18n.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.security.UserDirectory;

/**
 * Decides the language of every page: {@code ?lang=} (the header's switch) wins and is
 * remembered on the signed-in user's account; then the session's choice; then the account's
 * stored language; on a first visit, the browser's Accept-Language.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    public static final String SESSION_KEY = "eobuka.language";
    private static final String ACCOUNT_APPLIED = "eobuka.language.accountApplied";

    @Inject
    UserDirectory users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Language> asked = Language.fromTag(request.getParameter("lang"));
        String user = request.getRemoteUser();
        HttpSession session = request.getSession();
        if (asked.isPresent()) {
            session.setAttribute(SESSION_KEY, asked.get());
            if (user != null) {
                users.rememberLanguage(user, asked.get());
                session.setAttribute(ACCOUNT_APPLIED, user);
            }
        } else if (user != null && !user.equals(session.getAttribute(ACCOUNT_APPLIED))) {
            // first page after login: the account's language, remembered from earlier visits
            session.setAttribute(ACCOUNT_APPLIED, user);
            users.preferredLanguage(user).ifPresent(l -> session.setAttribute(SESSION_KEY, l));
        }
        if (session.getAttribute(SESSION_KEY) == null) {
            session.setAttribute(SESSION_KEY, fromAcceptLanguage(request));
        }
        chain.doFilter(request, response);
    }

    /** The language for a request that has no session choice yet (also for API problems). */
    public static Language fromAcceptLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Language.DEFAULT;
        }
        return Language.negotiate(Collections.list(request.getLocales()));
    }

    public static Language current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object language = session == null ? null : session.getAttribute(SESSION_KEY);
        return language instanceof Language l ? l : fromAcceptLanguage(request);
    }
}
