package rs.eobuka.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once the application has finished starting ({@link ApplicationStart}): the
 * database and engine checks turn UP halfway through the start-up, while pages still answer 500.
 */
@Readiness
@ApplicationScoped
public class ApplicationReadinessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("application").status(ApplicationStart.isComplete())
                .withData("startup", ApplicationStart.startupBeansAreDone() ? "done" : "running")
                .withData("web", ApplicationStart.webModuleIsDeployed() ? "deployed" : "starting")
                .build();
    }
}
