package rs.eobuka.platform.health;

import rs.eobuka.platform.engine.ProcessEngineBootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the embedded engine runs and can read its own tables. */
@Readiness
@ApplicationScoped
public class ProcessEngineReadinessCheck implements HealthCheck {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        try {
            if (!bootstrap.isRunning()) {
                return HealthCheckResponse.down("process-engine");
            }
            long definitions = bootstrap.engine().getRepositoryService().createProcessDefinitionQuery().count();
            return HealthCheckResponse.named("process-engine").up().withData("processDefinitions", definitions).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("process-engine").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
