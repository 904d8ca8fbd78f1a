package rs.eobuka.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What must hold in the database after any fault, each rule one SQL query that lists the rows
 * breaking it (the same SQL on H2 and PostgreSQL). Every scenario ends by asserting that
 * {@link #violations} is empty.
 */
final class Invariants {

    static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("pending + confirmed <= capacity, for every session",
                "select s.id, s.capacity from training_session s where s.capacity < (select count(*) from registration r"
                        + " where r.session_id = s.id and r.status in ('PENDING_APPROVAL', 'CONFIRMED'))");
        RULES.put("no two active registrations of one person for one session",
                "select session_id, account_id, count(*) from registration where status in ('PENDING_APPROVAL', 'WAITLISTED', 'CONFIRMED')"
                        + " group by session_id, account_id having count(*) > 1");
        RULES.put("every pending registration has exactly one process instance and one open task",
                "select r.id from registration r where r.status = 'PENDING_APPROVAL' and ("
                        + " (select count(*) from act_ru_execution e where e.id_ = r.process_instance_id and e.proc_inst_id_ = e.id_) <> 1"
                        + " or (select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                        + "     where e.id_ = e.proc_inst_id_ and d.key_ = 'training-registration'"
                        + "     and e.business_key_ = cast(r.id as varchar(20))) <> 1"
                        + " or (select count(*) from act_ru_task t where t.proc_inst_id_ = r.process_instance_id) <> 1)");
        RULES.put("no two process instances for one business key",
                "select d.key_, e.business_key_, count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                        + " where e.id_ = e.proc_inst_id_ and e.business_key_ is not null group by d.key_, e.business_key_ having count(*) > 1");
        RULES.put("every confirmed registration has its confirmation mail in the outbox",
                "select r.id from registration r join account a on a.id = r.account_id where r.status = 'CONFIRMED'"
                        + " and r.decided_by is not null and not exists (select 1 from outbox_message m where m.recipient = a.email"
                        + " and m.attachment_name = concat('eobuka-session-', cast(r.session_id as varchar(20)), '.ics'))");
        RULES.put("no incident",
                "select id_, incident_type_, incident_msg_ from act_ru_incident");
        RULES.put("one answer per feedback invitation",
                "select s.id from feedback_survey s where (select count(*) from feedback_response r where r.survey_id = s.id"
                        + " and r.public_answer = false) > (select count(*) from feedback_invitation i where i.survey_id = s.id and i.answered = true)");
        RULES.put("one confirmed vote per address and category",
                "select category_id, voter_hash, count(*) from competition_vote group by category_id, voter_hash having count(*) > 1");
        RULES.put("no trainer or venue booked twice",
                "select a.id, b.id from booking a join booking b on a.id < b.id and a.active = true and b.active = true"
                        + " and (a.trainer_id = b.trainer_id or a.venue_id = b.venue_id)"
                        + " and a.starts_at < b.ends_at and b.starts_at < a.ends_at");
    }

    private Invariants() {
    }

    /** Rule → the rows that break it (as text); only broken rules appear. */
    static Map<String, List<String>> violations(Connection connection) throws SQLException {
        Map<String, List<String>> broken = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> rule : RULES.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(rule.getValue())) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            row.append(i > 1 ? ", " : "").append(result.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                if (!rows.isEmpty()) {
                    broken.put(rule.getKey(), rows);
                }
            }
        }
        return broken;
    }
}
