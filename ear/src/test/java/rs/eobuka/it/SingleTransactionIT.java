package rs.eobuka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.SignUpService;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.account.SignUp;
import rs.eobuka.platform.security.OneUseTokens;

/**
 * The single-transaction rule, inside the server: sign-up writes an account (JPA) and starts
 * its account-activation process (engine) in the caller's transaction. If that transaction
 * fails, neither is left; if it commits, both are there.
 */
@ExtendWith(ArquillianExtension.class)
class SingleTransactionIT {

    @Inject
    ServiceFixtures fixtures;

    @Inject
    SignUpService signUps;

    @Inject
    AccountLookupService accounts;

    @Inject
    RuntimeService runtime;

    @Inject
    UserTransaction transaction;

    @Test
    void shouldLeaveNeitherAccountNorProcessWhenTheTransactionFails() throws Exception {
        // Given a sign-up that will fail after both writes
        String email = uniqueEmail();
        String[] accountId = new String[1];

        // When the service writes the account, starts the process, and then the action fails
        transaction.begin();
        try {
            assertThrows(IllegalStateException.class, () -> {
                Account account = signUps.signUp(signUp(email));
                accountId[0] = account.getId().toString();
                assertEquals(1, runtime.createProcessInstanceQuery().processInstanceBusinessKey(accountId[0]).count(),
                        "inside the transaction the process instance exists");
                throw new IllegalStateException("the user action fails after the engine's work");
            });
        } finally {
            transaction.rollback();
        }

        // Then neither the account nor its process instance is left
        assertNotNull(accountId[0]);
        assertTrue(accounts.findByUsername(email).isEmpty(), "account rolled back");
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceBusinessKey(accountId[0]).count(), "process rolled back");
    }

    @Test
    void shouldKeepAccountAndProcessWhenTheTransactionCommits() throws Exception {
        // Given a valid sign-up
        String email = uniqueEmail();

        // When it commits
        transaction.begin();
        Account account = signUps.signUp(signUp(email));
        transaction.commit();

        // Then both are there, and the process waits for the e-mail to be verified
        assertTrue(accounts.findByUsername(email).isPresent());
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(account.getId().toString())
                .singleResult().getId();
        assertEquals(1, runtime.createEventSubscriptionQuery().processInstanceId(instance).eventName("EmailVerified").count());
    }

    @Test
    void shouldActivateAccountWhenTheEmailedLinkIsFollowed() throws Exception {
        // Given a committed sign-up
        String email = uniqueEmail();
        transaction.begin();
        Account account = signUps.signUp(signUp(email));
        transaction.commit();
        String token = fixtures.verificationToken(email);
        // the account keeps the link's hash, never the link itself
        assertEquals(OneUseTokens.hash(token), accounts.findByUsername(email).orElseThrow().getVerificationToken());

        // When the link is followed
        signUps.verifyEmail(token);

        // Then the account is active and its process has ended
        assertEquals("ACTIVE", accounts.findByUsername(email).orElseThrow().getStatus().name());
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceBusinessKey(account.getId().toString()).count());
    }

    private static String uniqueEmail() {
        return "tx-" + UUID.randomUUID().toString().substring(0, 8) + "@example.rs";
    }

    private static SignUp signUp(String email) {
        return new SignUp("Petar Petrović", email, "a-long-enough-password", "70645", OrganisationType.LSGU,
                "Grad Kragujevac", "Referent za IT", null, "sr-Latn", true);
    }
}
