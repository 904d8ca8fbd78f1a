package rs.eobuka.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import rs.eobuka.platform.privacy.SubjectErased;
import rs.eobuka.platform.security.CredentialCache;

/**
 * Forgets an erased account in every cache once the erasure is committed: the anonymisation
 * changes rows with SQL, behind Hibernate's second-level cache (the user name to account map
 * included), and a sign-in checked while it ran could have cached the old account again.
 */
@ApplicationScoped
public class ErasedAccountCaches {

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Inject
    CredentialCache credentialCache;

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubjectErased erased) {
        evict();
        credentialCache.forget(erased.subject().username());
    }

    /** Empties Hibernate's second-level cache, entities, collections and natural ids alike. */
    public void evict() {
        entityManagerFactory.getCache().unwrap(org.hibernate.Cache.class).evictAllRegions();
    }
}
