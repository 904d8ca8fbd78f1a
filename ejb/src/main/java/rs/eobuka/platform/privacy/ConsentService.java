package rs.eobuka.platform.privacy;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.i18n.Language;

/** Consents as given and withdrawn, in the caller's transaction. */
@Stateless
public class ConsentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ConsentWithdrawn> withdrawn;

    /** Records a consent given now to the text shown in this language. */
    public ConsentRecord give(ConsentPurpose purpose, Long accountId, String email, Language language, String reference) {
        ConsentRecord consent = new ConsentRecord(purpose, accountId, email == null ? null : email.strip().toLowerCase(Locale.ROOT),
                purpose.version(language), reference, Instant.now());
        em.persist(consent);
        return consent;
    }

    /** The consents of an account, newest first (a person gives a few; the page shows at most 200). */
    public List<ConsentRecord> ofAccount(long accountId) {
        return em.createQuery("select c from ConsentRecord c where c.accountId = :account order by c.givenAt desc, c.id desc",
                        ConsentRecord.class)
                .setParameter("account", accountId).setMaxResults(200).getResultList();
    }

    /** Deletes an account's consents with the account itself (a sign-up never confirmed leaves nothing behind). */
    public void removeOfAccount(long accountId) {
        em.createQuery("delete from ConsentRecord c where c.accountId = :account").setParameter("account", accountId).executeUpdate();
    }

    /** The holder of the account withdraws one of their consents; the feature it was given to acts on it first. */
    public ConsentRecord withdraw(long consentId, long accountId, String username) {
        ConsentRecord consent = em.find(ConsentRecord.class, consentId);
        if (consent == null || consent.getAccountId() == null || consent.getAccountId() != accountId) {
            throw new NotFoundException("privacy.consent.notFound");
        }
        if (consent.isWithdrawn()) {
            throw new ConflictException("consent", "privacy.consent.alreadyWithdrawn");
        }
        withdrawn.fire(new ConsentWithdrawn(consent, username));
        consent.withdraw(Instant.now());
        return consent;
    }
}
