package rs.eobuka.platform.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import rs.eobuka.platform.i18n.SearchText;

/**
 * Anonymises everything eObuka keeps about one person (the right to erasure, ZZPL Art. 30), in
 * the caller's transaction, driven by the registry: in every row a key column ties to the
 * person, that column takes a pseudonym ({@code erased-<account id>}, which keeps people apart in
 * the counts) and the row's other personal columns of the same activity are cleared; rows that
 * features find under a keyed hash get a random hash instead. Links to the account (its id)
 * stay, so every count a report makes is unchanged. The engine's runtime and history tables are
 * searched column by column for the person's user name, address and the other values the
 * caller names (their full name, their phone), which are replaced the same way.
 *
 * <p>Rows where the person only acted as staff (decided a registration, say) keep the row: only
 * the user name in it becomes the pseudonym.
 */
@ApplicationScoped
public class SubjectErasure {

    /** What a cleared text that may not be empty reads. */
    static final String CLEARED = "—";
    /** The domain of every address eObuka keeps in place of a forgotten one; nothing is ever sent to it (RFC 2606). */
    public static final String ERASED_DOMAIN = "@erased.invalid";
    static final int SHORTEST_REPLACED_WITHIN = 5;
    private static final String PROCESS_COLUMN = "process_instance_id";
    private static final String ENGINE_PROCESS_COLUMN = "proc_inst_id_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ProcessingRecord record;

    @Inject
    @Any
    Instance<SubjectQueries> featureQueries;

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource dataSource;

    /** The user name an erased account keeps, unique as the account's id. */
    public static String pseudonym(long accountId) {
        return "erased-" + accountId;
    }

    /** The address an erased account keeps: unique, and of a domain that can never receive mail (RFC 2606). */
    public static String pseudonymousEmail(long accountId) {
        return pseudonym(accountId) + ERASED_DOMAIN;
    }

    /** Whether an address is one an erasure left, to which nothing is ever sent. */
    public static boolean isErasedAddress(String email) {
        return email != null && email.strip().toLowerCase(Locale.ROOT).endsWith(ERASED_DOMAIN);
    }

    /**
     * Anonymises the person's data; returns the number of rows changed, by table.
     *
     * @param identifying further values that name the person wherever they appear in the engine's tables (full name, phone)
     */
    public Map<String, Integer> erase(DataSubject subject, Collection<String> identifying) {
        Map<String, List<PersonalColumnEntry>> byTable = record.registry().entries().stream()
                .collect(Collectors.groupingBy(PersonalColumnEntry::table, TreeMap::new, Collectors.toList()));
        Map<String, Integer> changed = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            Set<String> processes = processesOf(connection, byTable, subject);
            for (Map.Entry<String, List<PersonalColumnEntry>> table : byTable.entrySet()) {
                Map<String, ColumnType> types = columnTypes(connection, table.getKey());
                for (PersonalColumnEntry key : table.getValue()) {
                    if (key.key() != SubjectKey.NONE) {
                        add(changed, table.getKey(), eraseByKey(connection, key, table.getValue(), types, subject));
                    }
                }
            }
            for (SubjectQueries feature : featureQueries) {
                for (SubjectQuery query : feature.about(subject)) {
                    List<PersonalColumnEntry> entries = byTable.getOrDefault(query.table(), List.of());
                    add(changed, query.table(), erasePseudonymous(connection, query, entries, columnTypes(connection, query.table())));
                }
            }
            Set<String> names = new LinkedHashSet<>();
            identifying.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).forEach(names::add);
            for (String engineTable : engineTables(connection)) {
                add(changed, engineTable, eraseFromEngine(connection, engineTable, subject, names, processes));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the data of account " + subject.accountId() + " could not be anonymised", e);
        }
        changed.values().removeIf(count -> count == 0);
        return changed;
    }

    /** The rows a key column ties to the person: the key takes the pseudonym, personal columns of its activity are cleared. */
    private static int eraseByKey(Connection connection, PersonalColumnEntry key, List<PersonalColumnEntry> tableEntries,
            Map<String, ColumnType> types, DataSubject subject) throws SQLException {
        Map<String, Object> assignments = new LinkedHashMap<>();
        String condition;
        Object value;
        switch (key.key()) {
            case USERNAME -> {
                assignments.put(key.column(), pseudonym(subject.accountId()));
                condition = key.column() + " = ?";
                value = subject.username();
            }
            case EMAIL -> {
                assignments.put(key.column(), pseudonymousEmail(subject.accountId()));
                condition = "lower(" + key.column() + ") = ?";
                value = subject.email();
            }
            default -> {
                condition = key.column() + " = ?";
                value = subject.accountId();
            }
        }
        for (PersonalColumnEntry other : tableEntries) {
            if (other.key() == SubjectKey.NONE && other.activity() == key.activity() && other.category() != DataCategory.ACCOUNT_LINK) {
                assignments.put(other.column(), cleared(other, types.get(other.column())));
            }
        }
        assignments.values().removeIf(KEEP::equals);
        if (assignments.isEmpty()) {
            return 0;
        }
        return update(connection, key.table(), assignments, condition, List.of(value));
    }

    /**
     * Rows found under a keyed hash of the person's address: each hash becomes a random one (the
     * same for all rows that shared it, so no unique constraint is crossed), and the rows' other
     * personal columns are cleared.
     */
    private static int erasePseudonymous(Connection connection, SubjectQuery query, List<PersonalColumnEntry> entries,
            Map<String, ColumnType> types) throws SQLException {
        int rows = 0;
        for (PersonalColumnEntry hashed : entries) {
            if (hashed.category() != DataCategory.PSEUDONYM) {
                continue;
            }
            for (Object value : distinctValues(connection, query, hashed.column())) {
                Map<String, Object> assignments = new LinkedHashMap<>();
                assignments.put(hashed.column(), randomHash(types.get(hashed.column())));
                for (PersonalColumnEntry other : entries) {
                    if (other.key() == SubjectKey.NONE && other.category() != DataCategory.PSEUDONYM
                            && other.category() != DataCategory.ACCOUNT_LINK) {
                        assignments.put(other.column(), cleared(other, types.get(other.column())));
                    }
                }
                assignments.values().removeIf(KEEP::equals);
                rows += update(connection, query.table(), assignments, hashed.column() + " = ?", List.of(value));
            }
        }
        return rows;
    }

    private static List<Object> distinctValues(Connection connection, SubjectQuery query, String column) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select distinct " + column + " from " + query.table() + " where " + query.condition())) {
            bind(select, 1, query.parameters());
            try (ResultSet result = select.executeQuery()) {
                List<Object> values = new ArrayList<>();
                while (result.next()) {
                    values.add(result.getObject(1));
                }
                return values;
            }
        }
    }

    /**
     * The process instances that ran for the person: those the rows their key columns find name
     * in a {@code process_instance_id} column, and those with a variable holding their user name
     * or address. Read before any row changes.
     */
    private static Set<String> processesOf(Connection connection, Map<String, List<PersonalColumnEntry>> byTable, DataSubject subject)
            throws SQLException {
        Set<String> processes = new LinkedHashSet<>();
        for (Map.Entry<String, List<PersonalColumnEntry>> table : byTable.entrySet()) {
            if (!columnTypes(connection, table.getKey()).containsKey(PROCESS_COLUMN)) {
                continue;
            }
            for (PersonalColumnEntry key : table.getValue()) {
                String condition = switch (key.key()) {
                    case NONE -> null;
                    case EMAIL -> "lower(" + key.column() + ") = ?";
                    default -> key.column() + " = ?";
                };
                if (condition != null) {
                    Object value = key.key() == SubjectKey.ACCOUNT_ID ? subject.accountId()
                            : key.key() == SubjectKey.EMAIL ? subject.email() : subject.username();
                    processes.addAll(strings(connection, "select " + PROCESS_COLUMN + " from " + table.getKey() + " where " + condition
                            + " and " + PROCESS_COLUMN + " is not null", List.of(value)));
                }
            }
        }
        processes.addAll(strings(connection, "select proc_inst_id_ from act_hi_varinst where (text_ = ? or lower(text_) = ?)"
                + " and proc_inst_id_ is not null", List.of(subject.username(), subject.email())));
        return processes;
    }

    private static List<String> strings(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, 1, parameters);
            try (ResultSet result = select.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (result.next()) {
                    values.add(result.getString(1));
                }
                return values;
            }
        }
    }

    /**
     * The engine's texts about the person. Their user name and address name only them, so they
     * become the pseudonym wherever they appear, whole or within a longer text (a task's
     * description). Their name, phone or organisation may also be someone else's, so those are
     * cleared ({@value #CLEARED}) only in the rows of the person's own process instances. Each
     * value is also looked for in the folded form of task descriptions (lower case, no diacritics).
     */
    private static int eraseFromEngine(Connection connection, String table, DataSubject subject, Set<String> names,
            Set<String> processes) throws SQLException {
        Map<String, String> identifiers = new LinkedHashMap<>();
        identifiers.put(subject.email(), pseudonymousEmail(subject.accountId()));
        identifiers.putIfAbsent(subject.username(), pseudonym(subject.accountId()));
        Map<String, String> everywhere = withFolded(identifiers);
        Map<String, String> inTheirProcesses = new LinkedHashMap<>();
        names.forEach(value -> inTheirProcesses.put(value, CLEARED));
        inTheirProcesses.keySet().removeAll(everywhere.keySet());
        Map<String, ColumnType> columns = columnTypes(connection, table);
        boolean scoped = columns.containsKey(ENGINE_PROCESS_COLUMN) && !processes.isEmpty();
        List<List<String>> processChunks = chunks(List.copyOf(processes));
        int rows = 0;
        for (Map.Entry<String, ColumnType> column : columns.entrySet()) {
            if (!column.getValue().text() || column.getKey().equals(ENGINE_PROCESS_COLUMN)) {
                continue;
            }
            for (Map.Entry<String, String> replacement : everywhere.entrySet()) {
                rows += replace(connection, table, column.getKey(), replacement.getKey(), replacement.getValue(), "", List.of());
            }
            if (scoped) {
                for (List<String> chunk : processChunks) {
                    String inChunk = " and " + ENGINE_PROCESS_COLUMN + " in (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                            + ")";
                    for (Map.Entry<String, String> replacement : withFolded(inTheirProcesses).entrySet()) {
                        rows += replace(connection, table, column.getKey(), replacement.getKey(), replacement.getValue(), inChunk,
                                List.copyOf(chunk));
                    }
                }
            }
        }
        return rows;
    }

    /** Replaces the value within the column's texts; a value shorter than {@value #SHORTEST_REPLACED_WITHIN} only where it is the whole text. */
    private static int replace(Connection connection, String table, String column, String value, String with, String andCondition,
            List<Object> andParameters) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (value.length() < SHORTEST_REPLACED_WITHIN) {
            sql = "update " + table + " set " + column + " = ? where " + column + " = ?" + andCondition;
            parameters.add(with);
            parameters.add(value);
        } else {
            sql = "update " + table + " set " + column + " = replace(" + column + ", ?, ?) where " + column + " like ? escape '!'" + andCondition;
            parameters.add(value);
            parameters.add(with);
            parameters.add("%" + value.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        parameters.addAll(andParameters);
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            bind(update, 1, parameters);
            return update.executeUpdate();
        }
    }

    private static Map<String, String> withFolded(Map<String, String> replacements) {
        Map<String, String> all = new LinkedHashMap<>(replacements);
        replacements.forEach((value, with) -> all.putIfAbsent(SearchText.fold(value), with));
        return all;
    }

    private static List<List<String>> chunks(List<String> values) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += 500) {
            chunks.add(values.subList(from, Math.min(values.size(), from + 500)));
        }
        return chunks;
    }

    private static int update(Connection connection, String table, Map<String, Object> assignments, String condition, List<Object> parameters)
            throws SQLException {
        String set = assignments.keySet().stream().map(column -> column + " = ?").collect(Collectors.joining(", "));
        // table and column names come from the registry's annotations and the database's own catalogue, never from a request
        try (PreparedStatement update = connection.prepareStatement("update " + table + " set " + set + " where " + condition)) {
            int next = 1;
            for (Object value : assignments.values()) {
                if (value == null) {
                    update.setNull(next++, Types.VARCHAR);
                } else {
                    update.setObject(next++, value);
                }
            }
            bind(update, next, parameters);
            return update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, int first, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(first + i, parameters.get(i));
        }
    }

    /** Marks a column whose value stays (a number or a time that may not be empty). */
    private static final Object KEEP = new Object();

    private static Object cleared(PersonalColumnEntry entry, ColumnType type) {
        if (type == null) {
            throw new IllegalStateException("the registry names " + entry.qualifiedName() + ", which the database does not have");
        }
        if (type.nullable()) {
            return null;
        }
        return type.text() ? CLEARED : KEEP;
    }

    private static Object randomHash(ColumnType type) {
        int length = type == null ? 64 : Math.min(64, type.size());
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length);
    }

    private static void add(Map<String, Integer> changed, String table, int rows) {
        changed.merge(table, rows, Integer::sum);
    }

    record ColumnType(boolean text, boolean nullable, int size) {
    }

    private static Map<String, ColumnType> columnTypes(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select * from " + table + " where 1 = 0");
             ResultSet result = select.executeQuery()) {
            ResultSetMetaData meta = result.getMetaData();
            Map<String, ColumnType> types = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                int type = meta.getColumnType(c);
                boolean text = type == Types.VARCHAR || type == Types.NVARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR;
                types.put(meta.getColumnName(c).toLowerCase(Locale.ROOT),
                        new ColumnType(text, meta.isNullable(c) != ResultSetMetaData.columnNoNulls, meta.getPrecision(c)));
            }
            return types;
        }
    }

    /** The engine's runtime and history tables, where variables, assignees and user ids are kept. */
    private static List<String> engineTables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet result = meta.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (result.next()) {
                String name = result.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                String schema = result.getString("TABLE_SCHEM");
                boolean applicationSchema = schema == null || !schema.equalsIgnoreCase("information_schema") && !schema.startsWith("pg_");
                if (applicationSchema && (name.startsWith("act_hi_") || name.startsWith("act_ru_"))) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
