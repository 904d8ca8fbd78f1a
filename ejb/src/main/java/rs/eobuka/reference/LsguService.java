package rs.eobuka.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.persistence.LikePattern;

/**
 * Reads the local self-government units. Units of Kosovo and Metohija are kept in the table as
 * the reference list has them ({@code in_scope=false}) but are not offered by the programme.
 */
@Stateless
public class LsguService {

    @PersistenceContext
    EntityManager em;

    /** The in-scope units that match, ordered by district then name; paged in the database. */
    public List<LocalSelfGovernmentUnit> find(LsguFilter filter, int first, int max) {
        TypedQuery<LocalSelfGovernmentUnit> query = em.createQuery(
                "select u from LocalSelfGovernmentUnit u" + where(filter) + " order by u.districtIso, u.nameLatn",
                LocalSelfGovernmentUnit.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(LsguFilter filter) {
        TypedQuery<Long> query = em.createQuery(
                "select count(u) from LocalSelfGovernmentUnit u" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    public Optional<LocalSelfGovernmentUnit> findByCode(String code) {
        return Optional.ofNullable(code).map(c -> em.find(LocalSelfGovernmentUnit.class, c))
                .filter(LocalSelfGovernmentUnit::isInScope);
    }

    public boolean exists(String code) {
        return findByCode(code).isPresent();
    }

    /** A code a form or request named must be a known unit (422 naming {@code lsguCode}). */
    public void requireKnown(String code) {
        if (!exists(code)) {
            throw new RuleViolationException("lsguCode", "eobuka.lsgu.invalid");
        }
    }

    public List<NamedArea> regions() {
        return em.createNamedQuery(LocalSelfGovernmentUnit.FIND_REGIONS, Object[].class).getResultList().stream()
                .map(row -> new NamedArea((String) row[0], (String) row[0], (String) row[1])).toList();
    }

    public List<NamedArea> districts(String region) {
        return em.createNamedQuery(LocalSelfGovernmentUnit.FIND_DISTRICTS, Object[].class)
                .setParameter("region", region).getResultList().stream()
                .map(row -> new NamedArea((String) row[0], (String) row[0], (String) row[1])).toList();
    }

    private static String where(LsguFilter filter) {
        StringBuilder where = new StringBuilder(" where u.inScope = true");
        if (filter.region() != null) {
            where.append(" and u.regionLatn = :region");
        }
        if (filter.district() != null) {
            where.append(" and u.districtLatn = :district");
        }
        if (filter.nameStartsWith() != null && !filter.nameStartsWith().isBlank()) {
            where.append(" and (lower(u.nameLatn) like :name" + LikePattern.ESCAPE + " or lower(u.nameCyrl) like :name" + LikePattern.ESCAPE + ")");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, LsguFilter filter) {
        if (filter.region() != null) {
            query.setParameter("region", filter.region());
        }
        if (filter.district() != null) {
            query.setParameter("district", filter.district());
        }
        if (filter.nameStartsWith() != null && !filter.nameStartsWith().isBlank()) {
            query.setParameter("name", LikePattern.startingWith(filter.nameStartsWith(), new Locale("sr")));
        }
    }
}
