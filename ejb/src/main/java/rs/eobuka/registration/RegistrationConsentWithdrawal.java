package rs.eobuka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import rs.eobuka.platform.privacy.ConsentPurpose;
import rs.eobuka.platform.privacy.ConsentWithdrawn;

/**
 * A registration rests on the consent given for it: withdrawn while the registration is active,
 * the registration is cancelled as if its owner had cancelled it. The record of a training held
 * stays for the certificate and the reports until its owner asks to be forgotten.
 */
@ApplicationScoped
public class RegistrationConsentWithdrawal {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationService registrations;

    void cancelActive(@Observes ConsentWithdrawn withdrawn) {
        if (withdrawn.consent().getPurpose() != ConsentPurpose.TRAINING_REGISTRATION) {
            return;
        }
        withdrawn.consent().referenceId(RegistrationService.CONSENT_KIND).ifPresent(id -> {
            Registration registration = em.find(Registration.class, id);
            if (registration != null && registration.getStatus().isActive()) {
                registrations.cancel(id, withdrawn.username(), false);
            }
        });
    }
}
