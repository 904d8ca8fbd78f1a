package rs.eobuka.platform.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * Everything eObuka keeps about one person, as JSON (the right of access, ZZPL Art. 26): every
 * row of every table the registry names that its key columns tie to the person, and the rows
 * features find under pseudonyms; then the engine's history of the processes those rows ran and
 * every history variable that holds the person's user name or address. Credentials are listed
 * as withheld, and other people's names in the same rows (who decided) are left out.
 */
@ApplicationScoped
public class SubjectDataExport {

    private static final String PROCESS_COLUMN = "process_instance_id";

    @Inject
    ProcessingRecord record;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Inject
    @Any
    Instance<SubjectQueries> featureQueries;

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource dataSource;

    public JsonObject export(DataSubject subject) {
        Map<String, List<PersonalColumnEntry>> byTable = record.registry().entries().stream()
                .collect(Collectors.groupingBy(PersonalColumnEntry::table, TreeMap::new, Collectors.toList()));
        List<SubjectQuery> queries = new ArrayList<>();
        byTable.forEach((table, entries) -> keyQuery(table, entries, subject).ifPresent(queries::add));
        featureQueries.forEach(feature -> queries.addAll(feature.about(subject)));

        Map<String, JsonArrayBuilder> tables = new TreeMap<>();
        Set<String> processInstances = new LinkedHashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            for (SubjectQuery query : queries) {
                List<PersonalColumnEntry> entries = byTable.getOrDefault(query.table(), List.of());
                for (Map<String, Object> row : rows(connection, query)) {
                    Object process = row.get(PROCESS_COLUMN);
                    if (process != null) {
                        processInstances.add(process.toString());
                    }
                    tables.computeIfAbsent(query.table(), table -> Json.createArrayBuilder()).add(json(row, entries, subject));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the data about a person could not be read", e);
        }
        JsonObjectBuilder tablesJson = Json.createObjectBuilder();
        tables.forEach(tablesJson::add);
        return Json.createObjectBuilder()
                .add("subject", Json.createObjectBuilder().add("username", subject.username()).add("email", subject.email()))
                .add("generatedAt", Instant.now().toString())
                .add("tables", tablesJson)
                .add("processHistory", processHistory(processInstances, subject))
                .build();
    }

    /** The query of a table's rows that name the person in one of its key columns, if it has any. */
    private static Optional<SubjectQuery> keyQuery(String table, List<PersonalColumnEntry> entries, DataSubject subject) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (PersonalColumnEntry entry : entries) {
            switch (entry.key()) {
                case ACCOUNT_ID -> {
                    conditions.add(entry.column() + " = ?");
                    parameters.add(subject.accountId());
                }
                case USERNAME -> {
                    conditions.add(entry.column() + " = ?");
                    parameters.add(subject.username());
                }
                case EMAIL -> {
                    conditions.add("lower(" + entry.column() + ") = ?");
                    parameters.add(subject.email());
                }
                case NONE -> {
                    // found, if at all, through another column of the row
                }
            }
        }
        return conditions.isEmpty() ? Optional.empty()
                : Optional.of(new SubjectQuery(table, String.join(" or ", conditions), parameters));
    }

    private static List<Map<String, Object>> rows(Connection connection, SubjectQuery query) throws SQLException {
        // table and condition come from the registry's annotations and the features' code, never from a request
        try (PreparedStatement select = connection.prepareStatement("select * from " + query.table() + " where " + query.condition())) {
            for (int i = 0; i < query.parameters().size(); i++) {
                select.setObject(i + 1, query.parameters().get(i));
            }
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), readable(result.getObject(c)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** A row as JSON: credentials withheld by name, another person's name or address left out. */
    private static JsonObject json(Map<String, Object> row, List<PersonalColumnEntry> entries, DataSubject subject) {
        Map<String, PersonalColumnEntry> personal = entries.stream()
                .collect(Collectors.toMap(PersonalColumnEntry::column, entry -> entry, (a, b) -> a));
        JsonObjectBuilder json = Json.createObjectBuilder();
        JsonArrayBuilder withheld = Json.createArrayBuilder();
        boolean anyWithheld = false;
        for (Map.Entry<String, Object> column : row.entrySet()) {
            PersonalColumnEntry entry = personal.get(column.getKey());
            Object value = column.getValue();
            if (entry != null && entry.category() == DataCategory.CREDENTIALS) {
                withheld.add(column.getKey());
                anyWithheld = true;
            } else if (entry != null && value != null && !isTheSubject(entry.key(), value, subject)) {
                json.addNull(column.getKey());
            } else {
                add(json, column.getKey(), value);
            }
        }
        if (anyWithheld) {
            json.add("_withheld", withheld);
        }
        return json.build();
    }

    private static boolean isTheSubject(SubjectKey key, Object value, DataSubject subject) {
        return switch (key) {
            case ACCOUNT_ID -> value instanceof Number number && number.longValue() == subject.accountId();
            case USERNAME -> subject.username().equals(value);
            case EMAIL -> subject.email().equalsIgnoreCase(value.toString().strip());
            case NONE -> true;
        };
    }

    private JsonArrayBuilder processHistory(Set<String> fromRows, DataSubject subject) {
        Set<String> ids = new LinkedHashSet<>(fromRows);
        // variables elsewhere that hold the person's user name or address
        String variables = management.getTableName(HistoricVariableInstance.class);
        history.createNativeHistoricVariableInstanceQuery()
                .sql("select * from " + variables + " where TEXT_ = #{username} or lower(TEXT_) = #{email}")
                .parameter("username", subject.username())
                .parameter("email", subject.email())
                .list().forEach(variable -> ids.add(variable.getProcessInstanceId()));
        ids.remove(null);
        JsonArrayBuilder processes = Json.createArrayBuilder();
        if (ids.isEmpty()) {
            return processes;
        }
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().processInstanceIds(ids)
                .orderByProcessInstanceStartTime().asc().list()) {
            JsonObjectBuilder values = Json.createObjectBuilder();
            history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).disableCustomObjectDeserialization()
                    .orderByVariableName().asc().list()
                    .forEach(variable -> add(values, variable.getName(), readable(variable.getValue())));
            JsonObjectBuilder process = Json.createObjectBuilder()
                    .add("processInstanceId", instance.getId())
                    .add("process", instance.getProcessDefinitionKey())
                    .add("startTime", instance.getStartTime().toInstant().toString())
                    .add("variables", values);
            add(process, "businessKey", instance.getBusinessKey());
            add(process, "endTime", instance.getEndTime() == null ? null : instance.getEndTime().toInstant().toString());
            processes.add(process);
        }
        return processes;
    }

    private static Object readable(Object value) {
        try {
            if (value instanceof Clob clob) {
                return clob.getSubString(1, (int) clob.length());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate().toString();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime().toString();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        return value;
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Boolean b) {
            json.add(name, b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            json.add(name, ((Number) value).longValue());
        } else if (value instanceof java.math.BigDecimal decimal) {
            json.add(name, decimal);
        } else if (value instanceof Number number) {
            json.add(name, number.doubleValue());
        } else {
            json.add(name, value.toString());
        }
    }
}
