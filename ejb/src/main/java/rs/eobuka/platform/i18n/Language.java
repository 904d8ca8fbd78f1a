package rs.eobuka.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three languages of every screen, e-mail and document. Serbian Latin is the default.
 * The tag is what is stored on an account and sent in {@code ?lang=}.
 */
public enum Language {
    SR_LATN("sr-Latn"), SR_CYRL("sr-Cyrl"), EN("en");

    public static final Language DEFAULT = SR_LATN;

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public boolean isCyrillic() {
        return this == SR_CYRL;
    }

    public static Optional<Language> fromTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }

    public static Language of(Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        if ("en".equals(locale.getLanguage())) {
            return EN;
        }
        if ("sr".equals(locale.getLanguage()) && "Cyrl".equals(locale.getScript())) {
            return SR_CYRL;
        }
        return DEFAULT;
    }

    /**
     * The best match for a browser's Accept-Language list: English or Serbian in the script
     * asked for; Serbian without a script, and anything else, gets the default, Latin.
     */
    public static Language negotiate(List<Locale> preferred) {
        for (Locale locale : preferred) {
            if ("en".equals(locale.getLanguage())) {
                return EN;
            }
            if ("sr".equals(locale.getLanguage()) || "sh".equals(locale.getLanguage())) {
                return "Cyrl".equals(locale.getScript()) ? SR_CYRL : SR_LATN;
            }
        }
        return DEFAULT;
    }
}
