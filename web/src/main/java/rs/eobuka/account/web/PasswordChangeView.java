package rs.eobuka.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import rs.eobuka.account.PasswordChange;
import rs.eobuka.account.PasswordService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.security.web.SessionValidityFilter;

/**
 * The profile's password change: the current password, the new one twice. This session stays
 * signed in with the account's new stamp; every other session of the account ends. The fields
 * are emptied after every attempt, so no password stays in the view's state.
 */
@Named
@ViewScoped
public class PasswordChangeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordService passwords;

    @Inject
    transient CurrentUser user;

    private String currentPassword;
    private String newPassword;
    private String newPasswordAgain;

    public void change() {
        try {
            if (newPassword == null || !newPassword.equals(newPasswordAgain)) {
                throw new RuleViolationException("newPasswordAgain", "password.mismatch");
            }
            long stamp = passwords.change(user.getUsername(), new PasswordChange(currentPassword, newPassword));
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            SessionValidityFilter.keep(request.getSession(false), user.getUsername(), stamp);
            FacesTexts.info("password.changed");
        } catch (DomainException e) {
            FacesTexts.error(e, "password");
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, "password");
        } finally {
            currentPassword = null;
            newPassword = null;
            newPasswordAgain = null;
        }
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getNewPasswordAgain() { return newPasswordAgain; }
    public void setNewPasswordAgain(String newPasswordAgain) { this.newPasswordAgain = newPasswordAgain; }
}
