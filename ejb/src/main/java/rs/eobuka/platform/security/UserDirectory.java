package rs.eobuka.platform.security;

import java.util.Optional;
import rs.eobuka.platform.i18n.Language;

/**
 * What the web layer's plumbing (the signed-in user, the language switch) needs to know of a
 * signed-in person. The account feature provides the one bean, so plumbing never names a feature.
 */
public interface UserDirectory {

    /** The person's name as shown in the page header; empty for an unknown username. */
    Optional<String> displayName(String username);

    /** The language the person chose last, remembered across visits. */
    Optional<Language> preferredLanguage(String username);

    /** Remembers the language the person just chose. */
    void rememberLanguage(String username, Language language);
}
