package rs.eobuka.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import rs.eobuka.platform.security.CredentialStore;

/**
 * The login's view of the account table. A query rather than the natural-id cache: a failed
 * attempt is written to the row it reads, and the throttling must see every other node's attempts.
 */
@ApplicationScoped
public class AccountCredentialStore implements CredentialStore {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Account> find(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username).getResultStream().findFirst();
    }
}
