package rs.eobuka.account.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import rs.eobuka.account.DemoAccounts;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.LoginOutcome;
import rs.eobuka.platform.security.web.AppAuthenticationMechanism;
import rs.eobuka.platform.security.web.OneTimeCodeCredential;

/**
 * The login page: username and password, then back to the page that asked for them. An account
 * that signs in in two steps is asked next for the code of its authenticator app.
 */
@Named
@ViewScoped
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    private String username;
    private String password;
    private String next;
    private String code;
    private boolean codeStep;

    public void login() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = authenticate(new UsernamePasswordCredential(username, password), external);
        password = null;
        if (request.getAttribute(AppAuthenticationMechanism.LOGIN_FAILURE) == LoginOutcome.Status.CODE_REQUIRED) {
            codeStep = true;
            FacesTexts.info("login.code.prompt");
        } else {
            answer(status, request, external);
        }
    }

    /** The second step: the code of the authenticator app. */
    public void confirmCode() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = authenticate(new OneTimeCodeCredential(code), external);
        code = null;
        Object failure = request.getAttribute(AppAuthenticationMechanism.LOGIN_FAILURE);
        if (Boolean.TRUE.equals(request.getAttribute(AppAuthenticationMechanism.SIGN_IN_LAPSED))) {
            codeStep = false;
            FacesTexts.error("login.code.lapsed");
            return;
        }
        if (status != AuthenticationStatus.SUCCESS && failure == LoginOutcome.Status.INVALID) {
            // a wrong code may be typed again while the sign-in waits; a lapsed one starts over
            FacesTexts.error("login.code.failed");
            return;
        }
        codeStep = false;
        answer(status, request, external);
    }

    private AuthenticationStatus authenticate(Credential credential, ExternalContext external) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // a fresh session id at each step (no session fixation)
        request.changeSessionId();
        return security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
    }

    private void answer(AuthenticationStatus status, HttpServletRequest request, ExternalContext external) throws IOException {
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            FacesContext.getCurrentInstance().responseComplete();
        } else if (request.getAttribute(AppAuthenticationMechanism.RETRY_AFTER) instanceof Long seconds) {
            FacesTexts.error("login.throttled", AppAuthenticationMechanism.minutes(seconds));
        } else if (request.getAttribute(AppAuthenticationMechanism.LOGIN_FAILURE) == LoginOutcome.Status.LOCKED) {
            FacesTexts.error("login.locked");
        } else {
            FacesTexts.error("login.failed");
        }
    }

    /** Only a path inside this application, never another site. */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return next;
    }

    public boolean isDemo() {
        return DemoAccounts.enabled();
    }

    public List<DemoAccounts.Demo> getDemoAccounts() {
        return DemoAccounts.ACCOUNTS;
    }

    public String getDemoPassword() {
        return DemoAccounts.PASSWORD;
    }

    public boolean isCodeStep() { return codeStep; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
