package rs.eobuka.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.security.UserDirectory;

/** The signed-in person's name and language, as the page header and the language switch need them. */
@ApplicationScoped
public class AccountUserDirectory implements UserDirectory {

    @Inject
    AccountLookupService lookups;

    @Inject
    ProfileService profiles;

    @Override
    public Optional<String> displayName(String username) {
        return lookups.findByUsername(username).map(Account::getFullName);
    }

    @Override
    public Optional<Language> preferredLanguage(String username) {
        return lookups.findByUsername(username).flatMap(a -> Language.fromTag(a.getLanguage()));
    }

    @Override
    public void rememberLanguage(String username, Language language) {
        profiles.changeLanguage(username, language);
    }
}
