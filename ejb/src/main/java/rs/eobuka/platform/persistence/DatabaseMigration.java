package rs.eobuka.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the application's schema up to date before anything else touches the database.
 *
 * <p>Flyway cannot list folders inside a deployment through WildFly's VFS, so the SQL scripts
 * come from the index the build writes ({@link IndexedResourceProvider}); Java migrations are
 * the features' {@link JavaMigration} beans (e.g. the reference data's list of municipalities). Bean-managed transactions: Flyway commits each migration itself.
 */
@Singleton
@Startup
@DependsOn("ProductionSettingsCheck")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource dataSource;

    @Inject
    @Any
    Instance<JavaMigration> javaMigrations;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        ClassLoader loader = DatabaseMigration.class.getClassLoader();
        Flyway flyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .resourceProvider(new IndexedResourceProvider(loader, "META-INF/eobuka-migrations.idx"))
                .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
                .javaMigrationClassProvider(List::of)
                .table("eobuka_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        migrated = true;
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public boolean isMigrated() {
        return migrated;
    }
}
