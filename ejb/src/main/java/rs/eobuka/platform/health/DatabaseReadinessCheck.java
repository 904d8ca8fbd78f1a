package rs.eobuka.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers and the application's migrations have run. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    /** Flyway creates its history table with quoted lower-case names, on H2 and PostgreSQL alike. */
    static final String MIGRATED = "select count(*) from \"eobuka_schema_history\" where \"success\" = true";

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet migrations = statement.executeQuery(MIGRATED)) {
            long applied = migrations.next() ? migrations.getLong(1) : 0;
            return HealthCheckResponse.named("database").status(applied > 0)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("migrations", applied).build();
        } catch (SQLException e) {
            // unreachable, or not migrated yet (no history table)
            return HealthCheckResponse.named("database").down()
                    .withData("sqlState", e.getSQLState() == null ? "unavailable" : e.getSQLState()).build();
        }
    }
}
