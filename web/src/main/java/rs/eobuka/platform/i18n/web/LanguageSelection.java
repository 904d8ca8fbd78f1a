package rs.eobuka.platform.i18n.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import rs.eobuka.platform.i18n.Language;

/** The current page's language, for {@code <f:view locale>}, {@code <html lang>} and scripts. */
@Named
@RequestScoped
public class LanguageSelection {

    private Language language;

    public Language getLanguage() {
        if (language == null) {
            language = LanguageFilter.current((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        }
        return language;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public String getTag() {
        return getLanguage().tag();
    }

    /** Reference data (municipality names) is shown in Cyrillic only in Serbian Cyrillic. */
    public boolean isCyrillic() {
        return getLanguage().isCyrillic();
    }

    public Language[] getAvailable() {
        return Language.values();
    }
}
