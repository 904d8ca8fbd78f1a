package rs.eobuka.impact;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rs.eobuka.feedback.FeedbackResults;
import rs.eobuka.feedback.FeedbackResultsService;
import rs.eobuka.feedback.QuestionMeasure;
import rs.eobuka.feedback.ResultsScope;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.reference.LocalSelfGovernmentUnit;

/**
 * Counts a report's figures in the database with grouped queries over the scope's sessions,
 * attendance, caravan events and Digital Corner tally, never rows loaded into memory: attendance
 * in one pass, grouped by person and then by LSGU and organisation type, from which the people
 * trained per type, region and LSGU are summed (each person counted once, where they came from).
 * Feedback figures are the evaluators' results for the same scope.
 */
@Stateless
public class ImpactFiguresService {

    private static final int TOP_LSGUS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    FeedbackResultsService feedback;

    public ImpactFigures draft(ImpactScope scope) {
        Counts now = counts(scope);
        Counts before = counts(scope.previous());
        ImpactFigures.Headline previous = new ImpactFigures.Headline(before.sessions, before.trained, before.events, before.citizens,
                before.feedback.responseRate(), satisfaction(before.feedback), before.reached);
        return new ImpactFigures(now.sessions, now.workshops, now.trained, now.attendanceRate, now.byType, now.byRegion, now.topLsgus,
                now.certificates, now.events, now.citizens, now.byService, now.feedback.invitations(), now.feedback.answers(),
                now.feedback.responseRate(), satisfaction(now.feedback), round(now.feedback.knowledgeShift()), now.reached,
                lsgusInScope(scope), previous);
    }

    private Counts counts(ImpactScope scope) {
        Counts c = new Counts();
        Sql held = sessions(scope);
        c.sessions = single(held.query(em, "select count(*) from training_session ts join training t on t.id = ts.training_id"
                + " join lsgu l on l.code = ts.lsgu_code where ts.status = 'PUBLISHED' and ts.ends_at <= :now" + held.where()));
        c.workshops = single(held.query(em, "select count(*) from training_session ts join training t on t.id = ts.training_id"
                + " join lsgu l on l.code = ts.lsgu_code where ts.status = 'PUBLISHED' and ts.ends_at <= :now"
                + " and exists (select 1 from workshop_request w where w.session_id = ts.id)" + held.where()));
        // one pass over the scope's attendance, grouped by person (each counted once, in the LSGU
        // they came from: the greatest code if they came from two), then by LSGU and organisation type
        Map<String, long[]> byHome = new HashMap<>();
        Map<String, Long> byType = new HashMap<>();
        long present = 0;
        long absent = 0;
        for (Object[] row : rows(held.query(em, "select p.home, coalesce(a.organisation_type, 'OTHER'), sum(case when p.present > 0 then 1 else 0 end),"
                + " sum(p.present), sum(p.absent), sum(p.certified) from (select r.account_id,"
                + " max(case when r.status = 'ATTENDED' then r.lsgu_code end) as home,"
                + " sum(case when r.status = 'ATTENDED' then 1 else 0 end) as present,"
                + " sum(case when r.status = 'NO_SHOW' then 1 else 0 end) as absent,"
                + " sum(case when r.status = 'ATTENDED' and r.certificate_code is not null then 1 else 0 end) as certified"
                + " from registration r join training_session ts on ts.id = r.session_id join training t on t.id = ts.training_id"
                + " join lsgu l on l.code = ts.lsgu_code where r.status in ('ATTENDED', 'NO_SHOW')" + held.where()
                + " group by r.account_id) p join account a on a.id = p.account_id group by p.home, coalesce(a.organisation_type, 'OTHER')"))) {
            long people = number(row[2]);
            c.trained += people;
            present += number(row[3]);
            absent += number(row[4]);
            c.certificates += number(row[5]);
            if (people > 0) {
                byType.merge((String) row[1], people, Long::sum);
                if (row[0] != null) {
                    byHome.computeIfAbsent((String) row[0], code -> new long[1])[0] += people;
                }
            }
        }
        c.attendanceRate = present + absent == 0 ? 0 : round(present / (double) (present + absent));
        c.byType = new LinkedHashMap<>();
        byType.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEachOrdered(e -> c.byType.put(e.getKey(), e.getValue()));
        Map<String, LocalSelfGovernmentUnit> units = units(byHome.keySet());
        Map<String, ImpactFigures.Count> regions = new HashMap<>();
        List<ImpactFigures.Count> homes = new ArrayList<>();
        byHome.forEach((code, people) -> {
            LocalSelfGovernmentUnit unit = units.get(code);
            if (unit == null) {
                return;
            }
            homes.add(new ImpactFigures.Count(code, unit.getNameLatn(), unit.getNameCyrl(), people[0]));
            regions.merge(unit.getRegionLatn(), new ImpactFigures.Count(unit.getRegionLatn(), unit.getRegionLatn(), unit.getRegionCyrl(), people[0]),
                    (a, b) -> new ImpactFigures.Count(a.key(), a.nameLatn(), a.nameCyrl(), a.count() + b.count()));
        });
        Comparator<ImpactFigures.Count> most = Comparator.comparingLong(ImpactFigures.Count::count).reversed()
                .thenComparing(ImpactFigures.Count::nameLatn);
        c.byRegion = regions.values().stream().sorted(most).toList();
        c.topLsgus = homes.stream().sorted(most).limit(TOP_LSGUS).toList();
        // LSGUs reached: where a session was held or from where someone was trained
        Set<String> reached = new HashSet<>(held.query(em, "select distinct ts.lsgu_code from training_session ts"
                + " join training t on t.id = ts.training_id join lsgu l on l.code = ts.lsgu_code"
                + " where ts.status = 'PUBLISHED' and ts.ends_at <= :now" + held.where()).getResultList());
        byHome.keySet().stream().filter(code -> units.containsKey(code) && units.get(code).isInScope()).forEach(reached::add);
        c.reached = reached.size();
        Sql events = events(scope);
        c.events = single(events.query(em, "select count(*) from caravan_event ce join lsgu l on l.code = ce.lsgu_code"
                + " where ce.status = 'HELD'" + events.where()));
        c.byService = new LinkedHashMap<>();
        long citizens = 0;
        for (Object[] row : rows(events.query(em, "select c.service, count(*) from corner_tap c join caravan_event ce on ce.id = c.event_id"
                + " join lsgu l on l.code = ce.lsgu_code where c.undone_at is null and ce.status <> 'CANCELLED'" + events.where()
                + " group by c.service order by 2 desc"))) {
            c.byService.put((String) row[0], number(row[1]));
            citizens += number(row[1]);
        }
        c.citizens = citizens;
        c.feedback = feedback.results(new ResultsScope(null, scope.programmeId(), scope.lsguCode(), scope.region(), scope.from(), scope.to()));
        return c;
    }

    /** The LSGUs of these codes, from the second-level cache. */
    private Map<String, LocalSelfGovernmentUnit> units(Set<String> codes) {
        Map<String, LocalSelfGovernmentUnit> units = new HashMap<>();
        for (String code : codes) {
            LocalSelfGovernmentUnit unit = em.find(LocalSelfGovernmentUnit.class, code);
            if (unit != null) {
                units.put(code, unit);
            }
        }
        return units;
    }

    private long lsgusInScope(ImpactScope scope) {
        Sql area = new Sql();
        area.area(scope);
        return single(area.query(em, "select count(*) from lsgu l where l.in_scope = true" + area.where()));
    }

    /** Sessions (alias ts, training t, LSGU l) of the programme that started in the period, in the area. */
    private static Sql sessions(ImpactScope scope) {
        Sql sql = new Sql();
        sql.add(" and t.programme_id = :programme", "programme", scope.programmeId());
        sql.add(" and ts.starts_at >= :from", "from", scope.from().atStartOfDay());
        sql.add(" and ts.starts_at < :to", "to", scope.to().plusDays(1).atStartOfDay());
        sql.area(scope);
        sql.parameters.put("now", SerbianTime.now());
        return sql;
    }

    /**
     * Caravan events (alias ce, LSGU l) on a day of the period, in the area, whose programme of
     * parts includes a training of the programme (an event itself belongs to none).
     */
    private static Sql events(ImpactScope scope) {
        Sql sql = new Sql();
        sql.add(" and ce.event_day >= :from", "from", scope.from());
        sql.add(" and ce.event_day <= :to", "to", scope.to());
        sql.add(" and exists (select 1 from caravan_part cp join training_session ps on ps.id = cp.session_id"
                + " join training pt on pt.id = ps.training_id where cp.event_id = ce.id and pt.programme_id = :programme)",
                "programme", scope.programmeId());
        sql.area(scope);
        return sql;
    }

    private static Double satisfaction(FeedbackResults results) {
        return round(results.measureMeans().get(QuestionMeasure.SATISFACTION));
    }

    private static long single(Query query) {
        return number(query.getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    /** The scope's conditions and their parameters, bound by name. */
    private static final class Sql {

        private final StringBuilder where = new StringBuilder();
        private final Map<String, Object> parameters = new HashMap<>();

        void add(String condition, String name, Object value) {
            where.append(condition);
            parameters.put(name, value);
        }

        /** The LSGU (alias l) in the report's region or the LSGU itself. */
        void area(ImpactScope scope) {
            if (scope.lsguCode() != null) {
                add(" and l.code = :lsgu", "lsgu", scope.lsguCode());
            } else if (scope.region() != null) {
                add(" and l.region_latn = :region", "region", scope.region());
            }
        }

        String where() {
            return where.toString();
        }

        Query query(EntityManager em, String sql) {
            Query query = em.createNativeQuery(sql);
            parameters.forEach((name, value) -> {
                if (sql.contains(":" + name)) {
                    query.setParameter(name, value);
                }
            });
            return query;
        }
    }

    private static final class Counts {
        long sessions;
        long workshops;
        long trained;
        double attendanceRate;
        long certificates;
        Map<String, Long> byType;
        List<ImpactFigures.Count> byRegion;
        List<ImpactFigures.Count> topLsgus;
        long reached;
        long events;
        long citizens;
        Map<String, Long> byService;
        FeedbackResults feedback;
    }
}
