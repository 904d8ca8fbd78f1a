package rs.eobuka.platform.security;

import jakarta.enterprise.context.Dependent;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import org.flywaydb.core.api.migration.Context;
import rs.eobuka.platform.persistence.CodedMigration;

/** Makes the key of {@link TrustedDevices}' cookies: 256 random bits, once per database. In Java: SQL has no portable secure random. */
@Dependent
public class DeviceKeyMigration extends CodedMigration {

    public DeviceKeyMigration() {
        super("24", "Key of the trusted-browser cookie");
    }

    @Override
    public Integer getChecksum() {
        // the code is the whole migration: no shipped file beside it could change
        return null;
    }

    @Override
    public void migrate(Context context) throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement("insert into signing_key (purpose, secret, created_at) values (?, ?, ?)")) {
            insert.setString(1, TrustedDevices.KEY_NAME);
            insert.setString(2, Base64.getEncoder().encodeToString(secret));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
