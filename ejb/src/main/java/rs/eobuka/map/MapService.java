package rs.eobuka.map;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.eobuka.caravan.CaravanEvent;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.session.SessionStatus;
import rs.eobuka.session.TrainingSession;

/**
 * The map's figures, counted by the database: the measure grouped by LSGU, set beside every
 * in-scope LSGU with a seat. Public data: counts and means only, never a
 * person.
 */
@Stateless
public class MapService {

    @PersistenceContext
    EntityManager em;

    /** One entry per in-scope LSGU, in Latin alphabetical order. */
    public List<MapFigure> figures(MapQuery query) {
        MeasureSql measure = MeasureSql.of(query, null, SerbianTime.now());
        // the measure grouped on its own: joined to the LSGUs as a derived table, H2 counted it again for every LSGU
        Map<String, Object> values = new HashMap<>();
        for (Object row : measure.bind(em.createNativeQuery(measure.sql())).getResultList()) {
            Object[] r = (Object[]) row;
            values.put((String) r[0], r[1]);
        }
        // a city municipality without coordinates of its own is drawn at its city's seat
        List<?> rows = em.createNativeQuery("select l.code, l.name_latn, l.name_cyrl, l.region_latn, l.region_cyrl,"
                + " coalesce(l.latitude, c.latitude), coalesce(l.longitude, c.longitude) from lsgu l"
                + " left join lsgu c on c.code = l.parent_code"
                + " where l.in_scope = true and coalesce(l.latitude, c.latitude) is not null order by l.name_latn")
                .getResultList();
        List<MapFigure> figures = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            figures.add(new MapFigure((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).doubleValue(), ((Number) r[6]).doubleValue(), value(query.measure(), values.get((String) r[0]))));
        }
        return figures;
    }

    /** Every measure for one LSGU, with the same filters. */
    public Map<MapMeasure, Double> figuresOf(String lsguCode, MapQuery query) {
        Map<MapMeasure, Double> figures = new EnumMap<>(MapMeasure.class);
        for (MapMeasure measure : MapMeasure.values()) {
            MeasureSql sql = MeasureSql.of(query.withMeasure(measure), lsguCode, SerbianTime.now());
            List<?> rows = sql.bind(em.createNativeQuery("select m.val from (" + sql.sql() + ") m")).getResultList();
            figures.put(measure, value(measure, rows.isEmpty() ? null : rows.get(0)));
        }
        return figures;
    }

    public Optional<LocalSelfGovernmentUnit> unit(String code) {
        LocalSelfGovernmentUnit unit = code == null ? null : em.find(LocalSelfGovernmentUnit.class, code);
        return unit == null || !unit.isInScope() ? Optional.empty() : Optional.of(unit);
    }

    /** The LSGU's published sessions, the latest first. */
    public List<TrainingSession> sessionsIn(String lsguCode, int max) {
        return em.createQuery("select s from TrainingSession s join fetch s.training where s.lsgu.code = :code"
                        + " and s.status = :status order by s.startsAt desc", TrainingSession.class)
                .setParameter("code", lsguCode).setParameter("status", SessionStatus.PUBLISHED)
                .setMaxResults(max).getResultList();
    }

    public long sessionCount(String lsguCode) {
        return em.createQuery("select count(s) from TrainingSession s where s.lsgu.code = :code and s.status = :status", Long.class)
                .setParameter("code", lsguCode).setParameter("status", SessionStatus.PUBLISHED).getSingleResult();
    }

    /** The LSGU's caravan events, the latest first. */
    public List<CaravanEvent> caravanEventsIn(String lsguCode, int max) {
        return em.createQuery("select e from CaravanEvent e where e.lsgu.code = :code order by e.day desc", CaravanEvent.class)
                .setParameter("code", lsguCode).setMaxResults(max).getResultList();
    }

    private static Double value(MapMeasure measure, Object raw) {
        if (raw == null) {
            return measure.isMean() ? null : 0.0;
        }
        double value = ((Number) raw).doubleValue();
        return measure.isMean() ? BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue() : value;
    }
}
