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

    /** The header switch's link: this page with its query kept (a session's {@code ?id=}) and the language changed. */
    public String href(Language target) {
        String query = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getQueryString();
        StringBuilder href = new StringBuilder("?");
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    href.append(part).append('&');
                }
            }
        }
        return href.append("lang=").append(target.tag()).toString();
    }
}
