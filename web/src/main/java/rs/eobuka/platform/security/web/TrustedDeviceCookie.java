package rs.eobuka.platform.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import rs.eobuka.platform.security.SessionStamps;
import rs.eobuka.platform.security.TrustedDevices;

/**
 * The trusted-browser cookie ({@link TrustedDevices}) as the sign-in page leaves it: HttpOnly,
 * HTTPS-only where the session cookie is, for the application's path, kept 180 days.
 */
@ApplicationScoped
public class TrustedDeviceCookie {

    @Inject
    TrustedDevices devices;

    @Inject
    SessionStamps stamps;

    /** The cookie the client sent, if any. */
    public String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (TrustedDevices.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** Marks the browser that has just signed in as one of the account's. */
    public void remember(String username, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(TrustedDevices.COOKIE, devices.cookieFor(username, stamps.current(username)));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || request.getServletContext().getSessionCookieConfig().isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) TrustedDevices.LIFETIME.toSeconds());
        response.addCookie(cookie);
    }
}
