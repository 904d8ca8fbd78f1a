package rs.eobuka.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;

/**
 * Registers the application's meters when it starts and removes them when it stops (the registry
 * is the server's and outlives a deployment):
 * <ul>
 * <li>the engine's job executor, as counters read from the engine's own in-memory meters (which
 * it keeps only in memory here: {@code ProcessEngineBootstrap} does not report them to its
 * tables): acquisition attempts, jobs acquired, executed, failed, and rejected for a full queue;</li>
 * <li>gauges of the backlogs in {@link BacklogCounts}.</li>
 * </ul>
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class ApplicationMeters {

    static final String PREFIX = "eobuka.";

    /*
     * WildFly hands the application a registry of its own that passes meters on to the server's
     * (tagged with the deployment) only through its short forms: registry.counter(..),
     * gauge(..), timer(..), more().counter(..). A meter built with Gauge.builder(..).register(..)
     * would stay in the application's registry and never be scraped, so there are no builders here.
     */
    @Inject
    MeterRegistry registry;

    @Inject
    ProcessEngine engine;

    @EJB
    BacklogCounts backlog;

    /** Held here: the registry keeps only a weak reference to what a gauge reads. */
    private Backlog gauged;

    @PostConstruct
    void register() {
        MetricsRegistry jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getMetricsRegistry();
        jobCounter(jobs, Metrics.JOB_ACQUISITION_ATTEMPT, "engine.job.acquisitions");
        jobCounter(jobs, Metrics.JOB_ACQUIRED_SUCCESS, "engine.jobs.acquired");
        jobCounter(jobs, Metrics.JOB_SUCCESSFUL, "engine.jobs.executed");
        jobCounter(jobs, Metrics.JOB_FAILED, "engine.jobs.failed");
        jobCounter(jobs, Metrics.JOB_EXECUTION_REJECTED, "engine.jobs.rejected");

        gauged = new Backlog(backlog);
        registry.gauge(PREFIX + "engine.incidents.open", Tags.empty(), gauged, b -> b.counts().openIncidents());
        registry.gauge(PREFIX + "engine.jobs.out_of_retries", Tags.empty(), gauged, b -> b.counts().jobsOutOfRetries());
        registry.gauge(PREFIX + "outbox.backlog", Tags.empty(), gauged, b -> b.counts().outboxPending());
        registry.gauge(PREFIX + "outbox.failed", Tags.empty(), gauged, b -> b.counts().outboxFailed());
    }

    /** The server's registry outlives the deployment: the meters go with it. */
    @PreDestroy
    void remove() {
        registry.getMeters().stream()
                .filter(meter -> meter.getId().getName().startsWith(PREFIX))
                .forEach(registry::remove);
    }

    private void jobCounter(MetricsRegistry jobs, String engineMeter, String name) {
        Meter meter = jobs.getDbMeterByName(engineMeter);
        if (meter == null) {
            throw new IllegalStateException("the engine counts no " + engineMeter + ": are its metrics enabled?");
        }
        registry.more().counter(PREFIX + name, Tags.empty(), meter, Meter::get);
    }

    /** What the backlog gauges read. */
    private record Backlog(BacklogCounts source) {
        BacklogCounts.Counts counts() {
            return source.current();
        }
    }
}
