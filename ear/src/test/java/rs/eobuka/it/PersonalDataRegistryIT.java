package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.privacy.ActivityRecord;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalColumnEntry;
import rs.eobuka.platform.privacy.PersonalDataRegistry;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.ProcessingRecord;

/**
 * The registry of personal data against the real schema the migrations built (H2 or
 * PostgreSQL): a column whose name looks personal and that the registry does not account for
 * fails here, and so does a registry entry that names no column.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataRegistryIT {

    @Inject
    ProcessingRecord record;

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource dataSource;

    @Test
    void shouldAccountForEveryColumnThatLooksPersonal() throws SQLException {
        // Given the application's tables as the migrations made them
        Set<String> columns = applicationColumns();
        assertThat(columns).contains("account.email", "competition_vote.voter_hash");
        PersonalDataRegistry registry = record.registry();

        // Then every column whose name suggests a person is either marked personal or declared not
        Set<String> unaccounted = new TreeSet<>();
        for (String column : columns) {
            String[] parts = column.split("\\.");
            if (PersonalDataRegistry.looksPersonal(parts[1]) && !registry.accountsFor(parts[0], parts[1])) {
                unaccounted.add(column);
            }
        }
        assertThat(unaccounted).as("columns that look personal but are not in the registry (mark them @PersonalData,"
                + " @PersonalColumn or @NotPersonalData)").isEmpty();

        // And every column the registry names exists
        Set<String> named = new TreeSet<>(registry.notPersonal().keySet());
        registry.entries().stream().map(PersonalColumnEntry::qualifiedName).forEach(named::add);
        assertThat(columns).as("columns the registry names").containsAll(named);
    }

    @Test
    void shouldRecordEachActivityWithItsTextsInEveryLanguage() {
        // When the record of processing activities is generated
        var activities = record.activities();

        // Then every activity keeps some data, and the account's e-mail and the voters' hashes are where they belong
        assertThat(activities).extracting(ActivityRecord::activity).containsExactly(ProcessingActivity.values());
        ActivityRecord accounts = activities.get(ProcessingActivity.ACCOUNTS.ordinal());
        assertThat(accounts.columns(DataCategory.CONTACT)).contains("account.email", "account.phone");
        assertThat(accounts.columns(DataCategory.CREDENTIALS)).contains("account.password_hash");
        ActivityRecord votes = activities.get(ProcessingActivity.COMPETITION_VOTES.ordinal());
        assertThat(votes.columns(DataCategory.PSEUDONYM)).contains("competition_vote.voter_hash", "hourly_quota.client_hash");

        // And each activity's purpose, subjects, recipients and retention are written in the three languages
        for (ProcessingActivity activity : ProcessingActivity.values()) {
            for (String part : new String[] {"name", "purpose", "subjects", "recipients", "retention"}) {
                for (Language language : Language.values()) {
                    String key = activity.messageKey(part);
                    assertThat(Texts.message(language, key)).as(key + " in " + language).isNotBlank().isNotEqualTo(key);
                }
            }
        }
    }

    /** Columns of the application's own tables (not the engine's, not Hibernate's temporary ones), as {@code table.column}. */
    private Set<String> applicationColumns() throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            Set<String> tables = new TreeSet<>();
            try (ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String schema = String.valueOf(rows.getString("TABLE_SCHEM")).toLowerCase(Locale.ROOT);
                    String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if ("public".equals(schema) && !table.startsWith("act_") && !table.equals("eobuka_schema_history")) {
                        tables.add(table);
                    }
                }
            }
            try (ResultSet rows = connection.getMetaData().getColumns(null, null, "%", "%")) {
                while (rows.next()) {
                    String schema = String.valueOf(rows.getString("TABLE_SCHEM")).toLowerCase(Locale.ROOT);
                    String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if ("public".equals(schema) && tables.contains(table)) {
                        columns.add(table + "." + rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns;
    }
}
