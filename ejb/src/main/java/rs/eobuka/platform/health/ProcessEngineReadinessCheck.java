package rs.eobuka.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the embedded engine runs and can read its own tables. */
@Readiness
@ApplicationScoped
public class ProcessEngineReadinessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        ProcessEngine engine = ProcessEngines.getProcessEngine(ProcessEngines.NAME_DEFAULT, false);
        if (engine == null) {
            return HealthCheckResponse.down("process-engine");
        }
        try {
            long definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
            return HealthCheckResponse.named("process-engine").status(definitions > 0)
                    .withData("processDefinitions", definitions).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("process-engine").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
