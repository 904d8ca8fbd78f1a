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

    /**
     * The locale of the PrimeFaces schedule. PrimeFaces hands FullCalendar a locale as its
     * {@code toString()} lower-cased with {@code -}; FullCalendar takes its buttons and the first
     * day of the week from its own {@code sr-cyrl} or (falling back from {@code sr-latn})
     * {@code sr} locale, and the names of months and days from the browser for that code, which
     * for a bare {@code sr} are Cyrillic. Hence the script in the country's place: a
     * script-tagged locale would reach it as {@code sr__#latn}.
     */
    public Locale getCalendarLocale() {
        return switch (getLanguage()) {
            case EN -> Locale.ENGLISH;
            case SR_CYRL -> new Locale("sr", "CYRL");
            case SR_LATN -> new Locale("sr", "LATN");
        };
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
