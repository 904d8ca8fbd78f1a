package rs.eobuka.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import rs.eobuka.account.PasswordResetService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;

/**
 * forgot-password.xhtml: asks for a reset link. The page answers the same whether or not the
 * address belongs to an account.
 */
@Named
@ViewScoped
public class ForgotPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordResetService resets;

    private String email;
    private boolean sent;

    public void send() {
        try {
            // the connection's address (a proxy's header only once Undertow is told to trust it, as for sign-ins)
            String from = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
            resets.request(email, from);
            sent = true;
        } catch (DomainException e) {
            FacesTexts.error(e, "forgot");
        }
    }

    public boolean isSent() { return sent; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
