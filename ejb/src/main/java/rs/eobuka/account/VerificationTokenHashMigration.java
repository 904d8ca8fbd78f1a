package rs.eobuka.account;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.Context;
import rs.eobuka.platform.persistence.CodedMigration;
import rs.eobuka.platform.security.OneUseTokens;

/**
 * Replaces the verification tokens of pending sign-ups, kept as they were sent, by their SHA-256,
 * as {@link SignUpService} now stores them: the links already e-mailed keep working, and a copy
 * of the database opens none. In Java because H2 and PostgreSQL hash text with different SQL.
 */
@Dependent
public class VerificationTokenHashMigration extends CodedMigration {

    public VerificationTokenHashMigration() {
        super("21", "Verification tokens kept as hashes");
    }

    @Override
    public Integer getChecksum() {
        // the code is the whole migration: no shipped file beside it could change
        return null;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement pending = connection.prepareStatement(
                     "select id, verification_token from account where verification_token is not null");
             PreparedStatement hashed = connection.prepareStatement("update account set verification_token = ? where id = ?");
             ResultSet rows = pending.executeQuery()) {
            while (rows.next()) {
                hashed.setString(1, OneUseTokens.hash(rows.getString(2)));
                hashed.setLong(2, rows.getLong(1));
                hashed.addBatch();
            }
            hashed.executeBatch();
        }
    }
}
