package rs.eobuka.platform.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import rs.eobuka.platform.api.DatabaseUnavailable;
import rs.eobuka.platform.api.ServletProblem;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.i18n.web.LanguageFilter;
import rs.eobuka.platform.security.CredentialService;
import rs.eobuka.platform.security.LoginOutcome;

/**
 * One mechanism for both doors. Pages: a form login (LoginView hands the credential over through
 * SecurityContext.authenticate); an anonymous visit to a protected page is redirected to the
 * login page. API ({@code /api/*}): HTTP Basic or the session cookie; an anonymous call to a
 * protected resource gets 401 as problem+json, never a login page. The authentication is kept
 * in the HTTP session.
 */
@AutoApplySession
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute telling the login page why the last attempt failed. */
    public static final String LOGIN_FAILURE = "eobuka.loginFailure";
    /** Request attribute: seconds the address must wait before its next sign-in (a Long), when throttled. */
    public static final String RETRY_AFTER = "eobuka.loginRetryAfter";

    @Inject
    CredentialService credentials;

    @Inject
    TrustedDeviceCookie deviceCookie;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            AuthenticationStatus status = authenticate(login.getCaller(), login.getPasswordAsString(), request, context);
            if (status == AuthenticationStatus.SUCCESS) {
                deviceCookie.remember(login.getCaller(), request, response);
            }
            return status;
        }
        if (isApi(request)) {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return basic(header.substring(6).trim(), request, response, context);
            }
            return context.isProtected() ? unauthorized(request, response, context) : context.doNothing();
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorized(request, response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorized(request, response, context);
        }
        AuthenticationStatus status;
        try {
            status = authenticate(decoded.substring(0, colon), decoded.substring(colon + 1), request, context);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
            return unavailable(request, response);
        }
        if (request.getAttribute(RETRY_AFTER) instanceof Long seconds) {
            return tooMany(request, response, seconds);
        }
        return status == AuthenticationStatus.SUCCESS ? status : unauthorized(request, response, context);
    }

    /**
     * The credentials could not be checked because the database is out of reach (restarting): the
     * call is answered 503 problem+json with {@code Retry-After} here, as the API answers any call
     * then, instead of the container's 500.
     */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            ServletProblem.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                    Texts.message(LanguageFilter.fromAcceptLanguage(request), "error.unavailable"));
            // sent now: left in the buffer, the container replaced it with its HTML error page (SlowDatabaseFaultIT)
            response.flushBuffer();
        } catch (IOException clientGone) {
            // nothing to answer to
        }
        // the answer is written: the container sends it as it is and calls no resource
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus authenticate(String username, String password, HttpServletRequest request,
                                              HttpMessageContext context) {
        LoginOutcome outcome = credentials.check(username, password, request.getRemoteAddr(), deviceCookie.read(request));
        if (outcome.isValid()) {
            return context.notifyContainerAboutLogin(username, outcome.groups());
        }
        request.setAttribute(LOGIN_FAILURE, outcome.status());
        if (outcome.status() == LoginOutcome.Status.THROTTLED) {
            request.setAttribute(RETRY_AFTER, outcome.retryAfterSeconds());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** 429 problem+json with {@code Retry-After}: this address failed to sign in too often (LoginThrottle). */
    private static AuthenticationStatus tooMany(HttpServletRequest request, HttpServletResponse response, long seconds) {
        try {
            response.setHeader("Retry-After", String.valueOf(seconds));
            ServletProblem.write(response, 429, "Too Many Requests",
                    Texts.message(LanguageFilter.fromAcceptLanguage(request), "login.throttled", minutes(seconds)));
            response.flushBuffer();
        } catch (IOException clientGone) {
            // nothing to answer to
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Whole minutes, at least one, for the messages. */
    public static long minutes(long seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }

    /** 401 with a Basic challenge; the body is the problem+json of UnauthorizedProblemServlet. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"eObuka\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
