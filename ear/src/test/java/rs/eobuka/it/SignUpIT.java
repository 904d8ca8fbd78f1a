package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountFilter;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.account.SignUp;
import rs.eobuka.account.SignUpService;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxMessage;

/** The sign-up page tells nobody which addresses have accounts: the owner of a taken address is told by mail instead. */
@ExtendWith(ArquillianExtension.class)
class SignUpIT {

    @Inject
    SignUpService signUps;

    @Inject
    AccountLookupService accounts;

    @Inject
    MailOutbox outbox;

    @Inject
    ServiceFixtures fixtures;

    @Test
    void shouldMailTheOwnerOfATakenAddressInsteadOfRefusingTheSignUp() {
        // Given an address that already has an account, and one that has none
        Account owner = fixtures.participant();
        String fresh = "nova-" + UUID.randomUUID().toString().substring(0, 8) + "@example.rs";

        // When both sign up through the page's way in, the taken one in capitals
        signUps.signUpOrTellOwner(signUp(owner.getEmail().toUpperCase()));
        signUps.signUpOrTellOwner(signUp(fresh));

        // Then neither is refused: the new address gets its verification link, the taken one a mail to its owner and no second account
        assertThat(outbox.findTo(fresh, 0, 10)).extracting(OutboxMessage::getSubject).containsExactly("eObuka: potvrdite adresu e-pošte");
        assertThat(outbox.findTo(owner.getEmail(), 0, 10)).extracting(OutboxMessage::getSubject).containsExactly("eObuka: već imate nalog");
        assertThat(outbox.findTo(owner.getEmail(), 0, 10).get(0).getBody()).contains("/forgot-password.xhtml");
        assertThat(accounts.count(new AccountFilter(owner.getEmail(), null, null))).isEqualTo(1);
        assertThat(accounts.findByUsername(fresh)).isPresent();
    }

    private static SignUp signUp(String email) {
        return new SignUp("Sanja Dvaput", email, "a-long-enough-password", "70645", OrganisationType.LSGU,
                "Gradska uprava", "Referentkinja", null, "sr-Latn", true);
    }
}
