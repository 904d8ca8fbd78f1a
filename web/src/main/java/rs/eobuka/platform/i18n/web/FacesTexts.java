package rs.eobuka.platform.i18n.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;

/** Faces messages in the page's language, from the {@code messages_*} bundles. */
public final class FacesTexts {

    private FacesTexts() {
    }

    public static Language language() {
        return LanguageFilter.current((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public static String text(String key, Object... arguments) {
        return Texts.message(language(), key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /**
     * Shows the message on the page the user is sent to next (a decided task goes back to the
     * inbox, a proposal to the session list): kept in the flash over the redirect.
     */
    public static void infoAfterRedirect(String path, String key, Object... arguments) throws java.io.IOException {
        jakarta.faces.context.ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        info(key, arguments);
        external.redirect(external.getRequestContextPath() + path);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** A refused business rule, shown next to its field when the form has one of that id. */
    public static void error(DomainException e, String formId) {
        String clientId = e.field() == null ? null : formId + ":" + e.field();
        if (clientId != null && FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) == null) {
            clientId = null;
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.arguments()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Invalid arguments a service refused (its messages are already localized). */
    public static void error(ConstraintViolationException e, String formId) {
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String field = path.substring(path.lastIndexOf('.') + 1);
            String clientId = formId + ":" + field;
            if (FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) == null) {
                clientId = null;
            }
            add(clientId, FacesMessage.SEVERITY_ERROR, Texts.violation(language(), violation));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
