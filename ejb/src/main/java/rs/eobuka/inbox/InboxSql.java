package rs.eobuka.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import rs.eobuka.platform.i18n.SearchText;
import rs.eobuka.platform.persistence.LikePattern;

/**
 * An inbox query as SQL on the engine's task table, for the engine's native task query.
 *
 * <p>Why not the engine's task query: for "assigned to me or offered to my groups" it joins the
 * identity links and must then ask for {@code distinct} rows, so the database sorts every open
 * task of the inbox to return a page of 50 (135 ms on PostgreSQL with 16,000 open approvals,
 * and an organizer's inbox is read on every screen). Here the groups are an {@code exists} test,
 * there is no {@code distinct}, and the newest-first order reads the index
 * {@code EOBUKA_IDX_TASK_CREATED} ({@code EngineIndexes}) until the page is full. Same rows and
 * order as the task query it replaces: active tasks only; the user's own, or candidates of the
 * user's groups whether or not someone has claimed them. Public for the benchmark's bare engine,
 * which asks exactly what the inbox asks.
 */
public final class InboxSql {

    /** The conditions of a page; {@link #countWhere} differs only in how it tests the groups. */
    private final StringBuilder where = new StringBuilder(" where RES.SUSPENSION_STATE_ = 1");
    private final StringBuilder countWhere = new StringBuilder(" where RES.SUSPENSION_STATE_ = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String orderBy;

    public InboxSql(InboxQuery query) {
        parameters.put("username", query.username());
        if (query.mineOnly() || query.groups().isEmpty()) {
            both(" and RES.ASSIGNEE_ = #{username}");
        } else {
            List<String> placeholders = new ArrayList<>();
            int i = 0;
            for (String group : query.groups().stream().sorted().toList()) {
                parameters.put("group" + i, group);
                placeholders.add("#{group" + i++ + "}");
            }
            String offeredToGroups = "select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate'"
                    + " and I.GROUP_ID_ in (" + String.join(", ", placeholders) + ")";
            // "offset 0 rows" keeps PostgreSQL from turning the test into a hash of every link of
            // the groups, which it does for an "exists" under an "or" whatever the limit: built on
            // every call, that hash made an organizer's page cost 58 ms with 65,000 open tasks
            // (and about a tenth of the machine's CPU under the benchmark's load); tested task by
            // task through ACT_IDX_TSKASS_TASK the page costs 2 ms. The price is paid by a
            // user whose groups hold few of the open tasks: the page then tests every open task,
            // 173 ms instead of 116 ms with 65,000 tasks none of which is theirs. H2 tests task
            // by task either way. A count reads every task, so there the hash is right.
            where.append(" and (RES.ASSIGNEE_ = #{username} or exists (").append(offeredToGroups).append(" offset 0 rows))");
            countWhere.append(" and (RES.ASSIGNEE_ = #{username} or exists (").append(offeredToGroups).append("))");
        }
        if (isGiven(query.processKey())) {
            parameters.put("processKey", query.processKey().strip());
            // A correlated test, not "PROC_DEF_ID_ in (select ...)": H2 (whose statistics give
            // a column one selectivity, at best 1%) takes an "in" on PROC_DEF_ID_ for an index
            // condition, reads every open task of the process through ACT_FK_TASK_PROCDEF and
            // sorts them (0.5 s with 15,000 open approvals, seconds with 100,000), where the
            // newest-first index reads a page. PostgreSQL plans both forms as the same semi-join.
            // The price: on H2 a process with few open tasks reads past the newer tasks of the
            // others, which is bounded by the open tasks of the user's inbox.
            both(" and exists (select 1 from ACT_RE_PROCDEF D where D.ID_ = RES.PROC_DEF_ID_ and D.KEY_ = #{processKey})");
        }
        if (isGiven(query.businessKey())) {
            parameters.put("businessKey", query.businessKey().strip());
            both(" and RES.PROC_INST_ID_ in (select E.ID_ from ACT_RU_EXECUTION E where E.BUSINESS_KEY_ = #{businessKey})");
        }
        if (isGiven(query.text())) {
            parameters.put("name", "%" + LikePattern.literal(query.text().strip()) + "%");
            parameters.put("subject", "%" + LikePattern.literal(SearchText.fold(query.text().strip())) + "%");
            // The subject's search text is written, folded, into the task's description when the
            // task is created (TaskSearchTextListener), so the typed text is folded alike and one
            // "like" on the task row finds a participant, municipality, training or city in any
            // script; like the name's, the test runs on the rows the newest-first index reads.
            both(" and (RES.NAME_ like #{name}" + LikePattern.ESCAPE + " or RES.DESCRIPTION_ like #{subject}" + LikePattern.ESCAPE + ")");
        }
        orderBy = switch (query.sort()) {
            case CREATED_ASC -> " order by RES.CREATE_TIME_ asc, RES.ID_ asc";
            case DUE_ASC -> " order by RES.DUE_DATE_ asc, RES.ID_ asc";
            case DUE_DESC -> " order by RES.DUE_DATE_ desc, RES.ID_ asc";
            case NAME_ASC -> " order by RES.NAME_ asc, RES.ID_ asc";
            default -> " order by RES.CREATE_TIME_ desc, RES.ID_ asc";
        };
    }

    public NativeTaskQuery page(TaskService tasks) {
        return bind(tasks.createNativeTaskQuery().sql("select RES.* from ACT_RU_TASK RES" + where + orderBy));
    }

    NativeTaskQuery count(TaskService tasks) {
        return bind(tasks.createNativeTaskQuery().sql("select count(*) from ACT_RU_TASK RES" + countWhere));
    }

    private void both(String condition) {
        where.append(condition);
        countWhere.append(condition);
    }

    private NativeTaskQuery bind(NativeTaskQuery query) {
        parameters.forEach(query::parameter);
        return query;
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }
}
