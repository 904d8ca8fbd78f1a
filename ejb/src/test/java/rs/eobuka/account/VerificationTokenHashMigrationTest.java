package rs.eobuka.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.security.OneUseTokens;

class VerificationTokenHashMigrationTest {

    @Test
    void shouldKeepOnlyTheHashOfEachPendingSignUpsToken() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:tokens;DB_CLOSE_DELAY=-1")) {
            // Given two pending sign-ups whose tokens were stored as sent, and an active account without one
            try (Statement sql = connection.createStatement()) {
                sql.execute("create table account (id bigint primary key, verification_token varchar(64))");
                sql.execute("insert into account values (1, '0123456789abcdef0123456789abcdef0123456789abcdef'),"
                        + " (2, 'fedcba9876543210fedcba9876543210fedcba9876543210'), (3, null)");
            }
            Context context = mock(Context.class);
            when(context.getConnection()).thenReturn(connection);

            // When the migration runs
            new VerificationTokenHashMigration().migrate(context);

            // Then each keeps the SHA-256 of its token, so the link already sent still matches, and none is added
            Map<Long, String> stored = new HashMap<>();
            try (Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("select id, verification_token from account")) {
                while (rows.next()) {
                    stored.put(rows.getLong(1), rows.getString(2));
                }
            }
            assertThat(stored.get(1L)).isEqualTo(OneUseTokens.hash("0123456789abcdef0123456789abcdef0123456789abcdef"));
            assertThat(stored.get(2L)).isEqualTo(OneUseTokens.hash("fedcba9876543210fedcba9876543210fedcba9876543210"));
            assertThat(stored.get(3L)).isNull();
        }
    }
}
