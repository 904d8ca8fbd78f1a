package rs.eobuka.platform.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema migration written in Java, for what SQL cannot say alike on H2 and PostgreSQL. A
 * feature makes it a CDI bean, so that {@link DatabaseMigration} finds it without naming the
 * feature; it runs in Flyway's transaction, in version order with the SQL migrations.
 */
public abstract class CodedMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected CodedMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
