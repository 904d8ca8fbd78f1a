package rs.eobuka.platform.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Indexes the engine's own schema lacks for the way eObuka reads it, added after the engine has
 * created or checked its tables (Camunda allows extra indexes on them). Idempotent.
 * <ul>
 * <li>open tasks by creation time: the inbox shows the newest first, a page at a time, and
 *     with thousands of open approvals it should read a page, not sort them all
 *     ({@code InboxService});</li>
 * <li>tasks by parent: completing a task looks for its subtasks, which without an index reads
 *     every open task.</li>
 * </ul>
 */
public final class EngineIndexes {

    /** Public for the benchmark, which gives its bare engine the same indexes. */
    public static final List<String> STATEMENTS = List.of(
            "create index if not exists EOBUKA_IDX_TASK_CREATED on ACT_RU_TASK (CREATE_TIME_ desc, ID_)",
            "create index if not exists EOBUKA_IDX_TASK_PARENT on ACT_RU_TASK (PARENT_TASK_ID_)");

    private EngineIndexes() {
    }

    static void create(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : STATEMENTS) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add eObuka's indexes to the engine's tables", e);
        }
    }
}
