package rs.eobuka.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.reference.LsguService;

/** The signed-in person's own details: name, where they work, phone and language. */
@Stateless
public class ProfileService {

    @Inject
    AccountLookupService lookups;

    @Inject
    LsguService lsgus;

    /** The signed-in person changes their own details (name, where they work, phone, language). */
    public Account updateProfile(@NotNull String username, @NotNull @Valid ProfileDetails details) {
        Account account = lookups.findByUsername(username).orElseThrow(() -> new NotFoundException("error.notFound"));
        lsgus.requireKnown(details.lsguCode());
        account.rename(details.fullName().strip());
        account.describeWork(details.lsguCode(), details.organisationType(), details.organisationName(),
                details.jobTitle().strip(), details.phone());
        account.changeLanguage(Language.fromTag(details.language()).orElse(Language.DEFAULT).tag());
        return account;
    }

    public void changeLanguage(String username, Language language) {
        lookups.findByUsername(username).ifPresent(a -> a.changeLanguage(language.tag()));
    }
}
