package rs.eobuka.platform.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import rs.eobuka.platform.i18n.Language;

/** The language of an API answer: the caller's Accept-Language, else Serbian Latin. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    public static Language of(HttpHeaders headers) {
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        if (acceptable.isEmpty() || acceptable.get(0).toString().equals("*")) {
            return Language.DEFAULT;
        }
        return Language.negotiate(acceptable);
    }
}
