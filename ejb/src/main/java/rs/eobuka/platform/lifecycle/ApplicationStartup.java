package rs.eobuka.platform.lifecycle;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import rs.eobuka.platform.engine.ProcessEngineBootstrap;
import rs.eobuka.platform.health.ApplicationStart;

/**
 * The last start-up singleton: it depends on every other one (a new {@code @Startup} singleton
 * must be added to {@link DependsOn} here), so when it runs the schema is migrated, the engine
 * runs and the demo data is written ({@code ArchitectureTest} checks that none is missing). Only then may background work begin: the engine's job
 * executor starts here, not with the engine, and the outbox timer waits for
 * {@link ApplicationStart#isComplete()}. A job or timer that called a bean before this point
 * would wait on WildFly's start-up countdown, and a server stopped meanwhile waited for it for
 * ever.
 */
@Singleton
@Startup
@DependsOn({"ProductionSettingsCheck", "DatabaseMigration", "ProcessEngineBootstrap", "DemoAccounts", "DemoCatalogue", "DemoBookings", "DemoWorkshops",
        "DemoCaravan", "DemoFeedback", "DemoPastSessions", "DemoImpactReports", "CampaignSeed", "DemoCompetitions", "ApplicationMeters"})
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @EJB
    ProcessEngineBootstrap engine;

    @PostConstruct
    void started() {
        engine.startJobExecutor();
        ApplicationStart.startupBeansDone();
        LOG.info("Application started");
    }

    @PreDestroy
    void stopping() {
        ApplicationStart.stopping();
    }
}
