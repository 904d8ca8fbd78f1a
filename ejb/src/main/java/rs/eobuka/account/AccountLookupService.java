package rs.eobuka.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.Session;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.persistence.LikePattern;

/** Finding accounts: by username, by id, and the admin's filtered list; and whether a username or address is free. */
@Stateless
public class AccountLookupService {

    @PersistenceContext
    EntityManager em;

    /** Through the natural-id and entity caches (see {@link Account}): called by nearly every request. */
    public Optional<Account> findByUsername(String username) {
        return em.unwrap(Session.class).bySimpleNaturalId(Account.class).loadOptional(username);
    }

    public Account get(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new NotFoundException("error.notFound");
        }
        return account;
    }

    /** The admin's user list, filtered, sorted by name and paged in the database. */
    public List<Account> find(AccountFilter filter, int first, int max) {
        TypedQuery<Account> query = em.createQuery("select distinct a from Account a" + where(filter)
                + " order by a.fullName, a.id", Account.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(AccountFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(distinct a) from Account a" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    public long countActive() {
        return em.createQuery("select count(a) from Account a where a.status = :status", Long.class)
                .setParameter("status", AccountStatus.ACTIVE).getSingleResult();
    }

    private static String where(AccountFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(a.fullName) like :text" + LikePattern.ESCAPE + " or lower(a.username) like :text" + LikePattern.ESCAPE
                    + " or lower(a.email) like :text" + LikePattern.ESCAPE + ")");
        }
        if (filter.role() != null) {
            where.append(" and :role member of a.roles");
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, AccountFilter filter) {
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", LikePattern.containing(filter.text(), Locale.ROOT));
        }
        if (filter.role() != null) {
            query.setParameter("role", filter.role());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
    }

    /** A new account's username must not be taken (409 naming {@code username}). */
    public void requireFreeUsername(String username) {
        if (findByUsername(username).isPresent()) {
            throw new ConflictException("username", "eobuka.username.taken");
        }
    }

    /** A new account's e-mail address must not be in use (409 naming {@code email}). */
    public void requireFreeEmail(String email) {
        if (!isEmailFree(email)) {
            throw new ConflictException("email", "eobuka.email.taken");
        }
    }

    public boolean isEmailFree(String email) {
        return em.createNamedQuery(Account.COUNT_BY_EMAIL, Long.class).setParameter("email", email.strip()).getSingleResult() == 0;
    }

}
