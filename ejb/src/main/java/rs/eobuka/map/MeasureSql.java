package rs.eobuka.map;

import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import rs.eobuka.feedback.SurveyTally;

/**
 * A measure as SQL: one row per LSGU ({@code code}, {@code val}) counted or averaged by the
 * database, with the reader's filters and, for one LSGU's page, its code. Portable between H2 and
 * PostgreSQL.
 */
final class MeasureSql {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();

    private MeasureSql() {
    }

    /** {@code lsguCode} narrows to one LSGU; {@code null} answers for all. */
    static MeasureSql of(MapQuery query, String lsguCode, LocalDateTime now) {
        MeasureSql m = new MeasureSql();
        switch (query.measure()) {
            case OFFICIALS_TRAINED -> m.officialsTrained(query, lsguCode);
            case SESSIONS_HELD -> m.sessionsHeld(query, lsguCode, now);
            case CARAVAN_STOPS -> m.caravanStops(query, lsguCode);
            case CITIZENS_HELPED -> m.citizensHelped(query, lsguCode);
            case SATISFACTION -> m.satisfaction(query, lsguCode);
        }
        return m;
    }

    String sql() {
        return sql.toString();
    }

    Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private void officialsTrained(MapQuery query, String lsguCode) {
        sql.append("select r.lsgu_code as code, count(distinct r.account_id) as val from registration r")
                .append(" join training_session ts on ts.id = r.session_id join training t on t.id = ts.training_id")
                .append(" where r.status = 'ATTENDED' and r.lsgu_code is not null");
        training(query);
        sessionDays(query);
        code("r.lsgu_code", lsguCode);
        sql.append(" group by r.lsgu_code");
    }

    private void sessionsHeld(MapQuery query, String lsguCode, LocalDateTime now) {
        sql.append("select ts.lsgu_code as code, count(*) as val from training_session ts join training t on t.id = ts.training_id")
                .append(" where ts.status = 'PUBLISHED' and ts.ends_at <= :now");
        parameters.put("now", now);
        training(query);
        sessionDays(query);
        code("ts.lsgu_code", lsguCode);
        sql.append(" group by ts.lsgu_code");
    }

    private void caravanStops(MapQuery query, String lsguCode) {
        sql.append("select ce.lsgu_code as code, count(*) as val from caravan_event ce where ce.status = 'HELD'");
        caravan(query);
        code("ce.lsgu_code", lsguCode);
        sql.append(" group by ce.lsgu_code");
    }

    private void citizensHelped(MapQuery query, String lsguCode) {
        sql.append("select ce.lsgu_code as code, count(*) as val from corner_tap c join caravan_event ce on ce.id = c.event_id")
                .append(" where c.undone_at is null and ce.status <> 'CANCELLED'");
        caravan(query);
        code("ce.lsgu_code", lsguCode);
        sql.append(" group by ce.lsgu_code");
    }

    /** The mean of the satisfaction ratings, from the tallies of the surveys held in the LSGU. */
    private void satisfaction(MapQuery query, String lsguCode) {
        sql.append("select s.lsgu_code as code, cast(sum(x.choice * x.answers) as double precision) / sum(x.answers) as val from feedback_tally x")
                .append(" join feedback_survey s on s.id = x.survey_id join question q on q.id = x.question_id")
                .append(" where q.measure = 'SATISFACTION' and x.choice <> ").append(SurveyTally.FREE_TEXT);
        if (query.programmeId() != null) {
            sql.append(" and s.programme_id = :programme");
            parameters.put("programme", query.programmeId());
        }
        if (query.topic() != null) {
            // the training of the session asked about, or of the session a workshop was held as
            sql.append(" and exists (select 1 from training_session ts join training_topic tt on tt.training_id = ts.training_id")
                    .append(" where ts.id = coalesce(s.session_id, (select w.session_id from workshop_request w where w.id = s.workshop_request_id))")
                    .append(" and tt.topic = :topic)");
            parameters.put("topic", query.topic().name());
        }
        if (query.from() != null) {
            sql.append(" and s.held_on >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            sql.append(" and s.held_on <= :to");
            parameters.put("to", query.to());
        }
        code("s.lsgu_code", lsguCode);
        sql.append(" group by s.lsgu_code");
    }

    /** The programme and topic of a session's training (alias t). */
    private void training(MapQuery query) {
        if (query.programmeId() != null) {
            sql.append(" and t.programme_id = :programme");
            parameters.put("programme", query.programmeId());
        }
        if (query.topic() != null) {
            sql.append(" and exists (select 1 from training_topic tt where tt.training_id = t.id and tt.topic = :topic)");
            parameters.put("topic", query.topic().name());
        }
    }

    /** The days a session (alias ts) started on, both ends inclusive. */
    private void sessionDays(MapQuery query) {
        if (query.from() != null) {
            sql.append(" and ts.starts_at >= :from");
            parameters.put("from", query.from().atStartOfDay());
        }
        if (query.to() != null) {
            sql.append(" and ts.starts_at < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay());
        }
    }

    /**
     * A caravan event (alias ce) in the period; with a programme or topic, only events whose
     * programme includes a training of it (an event itself belongs to no programme).
     */
    private void caravan(MapQuery query) {
        if (query.from() != null) {
            sql.append(" and ce.event_day >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            sql.append(" and ce.event_day <= :to");
            parameters.put("to", query.to());
        }
        if (query.programmeId() != null || query.topic() != null) {
            sql.append(" and exists (select 1 from caravan_part cp join training_session ps on ps.id = cp.session_id")
                    .append(" join training t on t.id = ps.training_id where cp.event_id = ce.id");
            training(query);
            sql.append(")");
        }
    }

    private void code(String column, String lsguCode) {
        if (lsguCode != null) {
            sql.append(" and ").append(column).append(" = :code");
            parameters.put("code", lsguCode);
        }
    }
}
