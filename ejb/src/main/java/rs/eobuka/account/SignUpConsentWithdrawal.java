package rs.eobuka.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import rs.eobuka.platform.privacy.ConsentPurpose;
import rs.eobuka.platform.privacy.ConsentWithdrawn;

/**
 * The account rests on the consent given at sign-up: withdrawing it is asking to be forgotten,
 * which an administrator then confirms like any other such request.
 */
@ApplicationScoped
public class SignUpConsentWithdrawal {

    @Inject
    ErasureService erasures;

    void askToBeForgotten(@Observes ConsentWithdrawn withdrawn) {
        if (withdrawn.consent().getPurpose() == ConsentPurpose.SIGN_UP && erasures.openRequestOf(withdrawn.username()).isEmpty()) {
            erasures.request(withdrawn.username());
        }
    }
}
