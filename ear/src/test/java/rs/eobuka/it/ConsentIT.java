package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.ErasureService;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.account.SignUp;
import rs.eobuka.account.SignUpService;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.privacy.ConsentPurpose;
import rs.eobuka.platform.privacy.ConsentRecord;
import rs.eobuka.platform.privacy.ConsentService;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.registration.RegistrationStatus;

/**
 * Consents inside the server: each is recorded with the version of the text shown in the
 * person's language; withdrawing a registration's consent cancels the registration, withdrawing
 * the account's consent asks for the person to be forgotten; nobody withdraws another's.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentIT {

    @Inject
    SignUpService signUps;

    @Inject
    AccountLookupService accounts;

    @Inject
    ConsentService consents;

    @Inject
    ErasureService erasures;

    @Inject
    RegistrationService registrations;

    @Inject
    ServiceFixtures fixtures;

    @Test
    void shouldRecordEachConsentWithItsTextsVersionAndActOnItsWithdrawal() {
        // Given a person who signed up in Cyrillic and registered for a training
        String email = "saglasnost-" + UUID.randomUUID().toString().substring(0, 8) + "@example.rs";
        Account account = signUps.signUp(new SignUp("Мирјана Сагласна", email, "a-long-enough-password", "70645", OrganisationType.LSGU,
                "Градска управа", "Референткиња", null, "sr-Cyrl", true));
        signUps.verifyEmail(fixtures.verificationToken(email));
        Registration registration = registrations.register(fixtures.publishedSession(5).getId(), email, true);

        // Then both consents are recorded, newest first, each with the version of the text in their language
        List<ConsentRecord> given = consents.ofAccount(account.getId());
        assertThat(given).extracting(ConsentRecord::getPurpose)
                .containsExactly(ConsentPurpose.TRAINING_REGISTRATION, ConsentPurpose.SIGN_UP);
        assertThat(given.get(1).getTextVersion()).isEqualTo(ConsentPurpose.SIGN_UP.version(Language.SR_CYRL));
        assertThat(given.get(0).getTextVersion()).isEqualTo(ConsentPurpose.TRAINING_REGISTRATION.version(Language.SR_CYRL));
        assertThat(given.get(0).getReference()).isEqualTo("registration:" + registration.getId());
        assertThat(given).noneMatch(ConsentRecord::isWithdrawn);

        // When someone else tries to withdraw the registration's consent
        Account other = fixtures.participant();
        long registrationConsent = given.get(0).getId();
        assertThatThrownBy(() -> consents.withdraw(registrationConsent, other.getId(), other.getUsername()))
                .isInstanceOf(NotFoundException.class);

        // When the person withdraws it, and tries again
        consents.withdraw(registrationConsent, account.getId(), email);
        assertThatThrownBy(() -> consents.withdraw(registrationConsent, account.getId(), email))
                .isInstanceOf(ConflictException.class);

        // Then the registration is cancelled and the withdrawal recorded
        assertThat(registrations.get(registration.getId()).getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(consents.ofAccount(account.getId()).get(0).getWithdrawnAt()).isNotNull();

        // When they withdraw the consent for their account
        assertThat(erasures.openRequestOf(email)).isEmpty();
        consents.withdraw(given.get(1).getId(), account.getId(), email);

        // Then that is a request to be forgotten, waiting for an administrator
        assertThat(erasures.openRequestOf(email)).isPresent();
    }
}
