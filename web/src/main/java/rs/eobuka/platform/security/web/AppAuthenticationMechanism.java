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
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
    /** The header an API client sends the code of its authenticator app in, when its account signs in in two steps. */
    public static final String CODE_HEADER = "X-OTP";
    /** Session attribute: a sign-in whose password was right, waiting for its code (a {@link PendingSignIn}). */
    static final String PENDING = "eobuka.pendingSignIn";
    /** Request attribute (Boolean): the code came when no sign-in was waiting for one any more. */
    public static final String SIGN_IN_LAPSED = "eobuka.signInLapsed";
    /** How long the code may take after the password. */
    static final Duration CODE_WITHIN = Duration.ofMinutes(5);

    /** A password checked, its code not yet. */
    record PendingSignIn(String username, Instant since) implements Serializable {
    }

    @Inject
    CredentialService credentials;

    @Inject
    TrustedDeviceCookie deviceCookie;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            AuthenticationStatus status = authenticate(login.getCaller(), login.getPasswordAsString(), null, request, context);
            if (status == AuthenticationStatus.SUCCESS) {
                deviceCookie.remember(login.getCaller(), request, response);
            }
            return status;
        }
        if (credential instanceof OneTimeCodeCredential code) {
            return secondStep(code.code(), request, response, context);
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
            status = authenticate(decoded.substring(0, colon), decoded.substring(colon + 1), request.getHeader(CODE_HEADER), request, context);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCauseOf(e)) {
                throw e;
            }
            return unavailable(request, response);
        }
        if (request.getAttribute(RETRY_AFTER) instanceof Long seconds) {
            return tooMany(request, response, seconds);
        }
        if (request.getAttribute(LOGIN_FAILURE) == LoginOutcome.Status.CODE_REQUIRED) {
            // the password was right: the client is told which header the second step goes in
            response.setHeader(CODE_HEADER, "required");
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

    /**
     * Checks a username and password. For an account that signs in in two steps, an API call's
     * {@code code} (its {@value #CODE_HEADER} header) is checked at once; the login page's sign-in
     * waits in the session for the code its second step asks for ({@link #secondStep}).
     */
    private AuthenticationStatus authenticate(String username, String password, String code, HttpServletRequest request,
                                              HttpMessageContext context) {
        LoginOutcome outcome = credentials.check(username, password, request.getRemoteAddr(), deviceCookie.read(request));
        if (outcome.status() == LoginOutcome.Status.CODE_REQUIRED) {
            if (code != null) {
                outcome = credentials.checkCode(username, code, request.getRemoteAddr());
            } else if (!isApi(request)) {
                request.getSession(true).setAttribute(PENDING, new PendingSignIn(username, Instant.now()));
            }
        }
        if (outcome.isValid()) {
            return context.notifyContainerAboutLogin(username, outcome.groups());
        }
        request.setAttribute(LOGIN_FAILURE, outcome.status());
        if (outcome.status() == LoginOutcome.Status.THROTTLED) {
            request.setAttribute(RETRY_AFTER, outcome.retryAfterSeconds());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The login page's second step: the code of the sign-in waiting in the session. */
    private AuthenticationStatus secondStep(String code, HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PENDING);
        if (pending == null || Instant.now().isAfter(pending.since().plus(CODE_WITHIN))) {
            if (session != null) {
                session.removeAttribute(PENDING);
            }
            request.setAttribute(LOGIN_FAILURE, LoginOutcome.Status.INVALID);
            request.setAttribute(SIGN_IN_LAPSED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginOutcome outcome = credentials.checkCode(pending.username(), code, request.getRemoteAddr());
        if (outcome.isValid()) {
            session.removeAttribute(PENDING);
            deviceCookie.remember(pending.username(), request, response);
            return context.notifyContainerAboutLogin(pending.username(), outcome.groups());
        }
        if (outcome.status() != LoginOutcome.Status.INVALID) {
            session.removeAttribute(PENDING);
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

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
