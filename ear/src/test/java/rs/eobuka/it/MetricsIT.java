package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.platform.engine.EngineOperations;

/**
 * The application's meters as Prometheus scrapes them from the management interface: the
 * engine's job executor counts the jobs it runs, and the incidents gauge follows the engine's
 * open incidents.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final String PROCESS = "it-metered-step";
    private static final String STEPS = """
                <startEvent id="start" name="Started"/>
                <sequenceFlow id="toAdd" sourceRef="start" targetRef="add"/>
                <serviceTask id="add" name="Add" camunda:asyncBefore="true" camunda:expression="${1 + 1}" camunda:resultVariable="sum"/>
                <sequenceFlow id="toEnd" sourceRef="add" targetRef="end"/>
                <endEvent id="end" name="Added"/>""";

    private static final String WAITING = "it-metered-wait";
    private static final String WAITING_STEPS = """
                <startEvent id="start" name="Started"/>
                <sequenceFlow id="toWait" sourceRef="start" targetRef="wait"/>
                <receiveTask id="wait" name="Wait for a message"/>
                <sequenceFlow id="toEnd" sourceRef="wait" targetRef="end"/>
                <endEvent id="end" name="Done"/>""";

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    EngineOperations engine;

    @Test
    void shouldCountTheJobsTheJobExecutorRuns() throws Exception {
        // Given what the job executor had done so far
        TestProcesses.deploy(repository, PROCESS, "An asynchronous step", STEPS);
        double executedBefore = MetricsScrape.take().value("eobuka_engine_jobs_executed_total");
        double acquiredBefore = MetricsScrape.take().value("eobuka_engine_jobs_acquired_total");

        // When three instances each leave an asynchronous step to it, and it runs them
        for (int i = 0; i < 3; i++) {
            String instance = runtime.startProcessInstanceByKey(PROCESS, "metrics-it-" + i).getId();
            assertThat(ServiceFixtures.await(Duration.ofSeconds(60),
                    () -> runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0))
                    .as("the job executor ran the step").isTrue();
        }

        // Then the counters have grown by at least those three jobs (others may have run meanwhile)
        MetricsScrape after = MetricsScrape.take();
        assertThat(after.value("eobuka_engine_jobs_executed_total")).isGreaterThanOrEqualTo(executedBefore + 3);
        assertThat(after.value("eobuka_engine_jobs_acquired_total")).isGreaterThanOrEqualTo(acquiredBefore + 3);
        assertThat(after.value("eobuka_engine_job_acquisitions_total")).isPositive();
        assertThat(after.has("eobuka_engine_jobs_failed_total")).isTrue();
        assertThat(after.has("eobuka_engine_jobs_rejected_total")).isTrue();
    }

    @Test
    void shouldGaugeOpenIncidentsAndTheMailBacklog() throws Exception {
        // Given one more open incident than before, on a waiting instance
        TestProcesses.deploy(repository, WAITING, "A wait", WAITING_STEPS);
        String instance = runtime.startProcessInstanceByKey(WAITING, "metrics-it-" + UUID.randomUUID()).getId();
        String incident = runtime.createIncident("it-metrics", instance, "configuration", "an incident for the gauge").getId();
        try {
            // Then the gauge shows the engine's count within its few seconds of caching
            long open = engine.countOpenIncidents();
            assertThat(open).isPositive();
            assertThat(awaitGauge("eobuka_engine_incidents_open", open)).as("the gauge reached %d", open).isTrue();
        } finally {
            runtime.resolveIncident(incident);
            runtime.deleteProcessInstance(instance, "test over");
        }
        // and it follows the incident's resolution
        long open = engine.countOpenIncidents();
        assertThat(awaitGauge("eobuka_engine_incidents_open", open)).as("the gauge came back to %d", open).isTrue();

        // and the backlogs an operator acts on are there
        MetricsScrape scrape = MetricsScrape.take();
        assertThat(scrape.has("eobuka_engine_jobs_out_of_retries")).isTrue();
        assertThat(scrape.has("eobuka_outbox_backlog")).isTrue();
        assertThat(scrape.has("eobuka_outbox_failed")).isTrue();
    }

    private static boolean awaitGauge(String gauge, long expected) throws InterruptedException {
        return ServiceFixtures.await(Duration.ofSeconds(20), () -> {
            try {
                return MetricsScrape.take().value(gauge) == expected;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
