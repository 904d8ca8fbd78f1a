package rs.eobuka.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import rs.eobuka.platform.i18n.web.LanguageFilter;

/** Logging out ends the session entirely. */
@Named
@RequestScoped
public class LogoutView {

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String language = LanguageFilter.current(request).tag();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml?lang=" + language);
    }
}
