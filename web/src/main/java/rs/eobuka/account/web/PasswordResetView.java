package rs.eobuka.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import rs.eobuka.account.PasswordReset;
import rs.eobuka.account.PasswordResetService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.web.FacesTexts;

/**
 * reset-password.xhtml, which an e-mailed reset link opens: the new password twice. The token
 * is read from the link once and kept in the view; the password fields are emptied after every
 * attempt, so no password stays in the view's state.
 */
@Named
@ViewScoped
public class PasswordResetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordResetService resets;

    private String token;
    private boolean usable;
    private boolean done;
    private String newPassword;
    private String newPasswordAgain;

    public void load() {
        usable = resets.isUsable(token);
    }

    public void reset() {
        try {
            if (newPassword == null || !newPassword.equals(newPasswordAgain)) {
                throw new RuleViolationException("newPasswordAgain", "password.mismatch");
            }
            resets.reset(new PasswordReset(token, newPassword));
            done = true;
        } catch (DomainException e) {
            usable = !"token".equals(e.field());
            FacesTexts.error(e, "reset");
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, "reset");
        } finally {
            newPassword = null;
            newPasswordAgain = null;
        }
    }

    public boolean isUsable() { return usable; }
    public boolean isDone() { return done; }
    public String getToken() { return token; }

    /** Only the link sets the token, once: a postback cannot swap it for another. */
    public void setToken(String token) {
        if (this.token == null) {
            this.token = token;
        }
    }

    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getNewPasswordAgain() { return newPasswordAgain; }
    public void setNewPasswordAgain(String newPasswordAgain) { this.newPasswordAgain = newPasswordAgain; }
}
