package rs.eobuka.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Base64;
import rs.eobuka.account.TwoFactorService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/**
 * The profile's two-factor sign-in: turning it on shows a new key as a QR code and as text, and
 * takes effect once a code of the app proves the app has it; turning it off asks for the password
 * and a code. The key lives in this view's server-side state until then, never in the page's form.
 */
@Named
@ViewScoped
public class TwoFactorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TwoFactorService twoFactor;

    @Inject
    transient CurrentUser user;

    private Boolean enabled;
    private String secret;
    private String code;
    private String currentPassword;

    public boolean isEnabled() {
        if (enabled == null) {
            enabled = twoFactor.isEnabled(user.getUsername());
        }
        return enabled;
    }

    /** Whether this person's role must sign in in two steps and has not turned it on yet. */
    public boolean isRequired() {
        return !isEnabled() && TwoFactorRequiredFilter.appliesTo(request());
    }

    public void start() {
        secret = twoFactor.newSecret();
    }

    public boolean isEnrolling() {
        return secret != null;
    }

    public void confirm() {
        try {
            twoFactor.enable(user.getUsername(), secret, code);
            enabled = true;
            secret = null;
            TwoFactorRequiredFilter.satisfied(request());
            FacesTexts.info("twoFactor.enabled");
        } catch (DomainException e) {
            FacesTexts.error(e, "twoFactorOn");
        } finally {
            code = null;
        }
    }

    public void disable() {
        try {
            twoFactor.disable(user.getUsername(), currentPassword, code);
            enabled = false;
            FacesTexts.info("twoFactor.disabled");
        } catch (DomainException e) {
            FacesTexts.error(e, "twoFactorOff");
        } finally {
            code = null;
            currentPassword = null;
        }
    }

    /** The key's QR code as a data URI (the policy allows data: images). */
    public String getQrCode() {
        return secret == null ? null : "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(twoFactor.qrCode(user.getUsername(), secret));
    }

    /** The key in groups of four, as apps let it be typed. */
    public String getKey() {
        return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
}
