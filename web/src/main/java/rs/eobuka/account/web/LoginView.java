package rs.eobuka.account.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
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

/** The login page: username and password, then back to the page that asked for them. */
@Named
@ViewScoped
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // a fresh session id after login (no session fixation)
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
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

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
