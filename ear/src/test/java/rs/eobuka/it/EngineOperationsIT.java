package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.platform.engine.EngineOperations;
import rs.eobuka.platform.engine.EngineOperations.OpenIncident;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;

/**
 * The admins' engine operations inside the server: a step that failed until its retries ran out
 * is listed with its business key and cause, is repaired and retried with one action, and the
 * instance's history is found by its business key.
 */
@ExtendWith(ArquillianExtension.class)
class EngineOperationsIT {

    private static final String PROCESS = "it-failing-step";
    /** A step that needs the variable {@code input}: it fails until someone supplies it. */
    private static final String STEPS = """
                <startEvent id="start" name="Started"/>
                <sequenceFlow id="toMeasure" sourceRef="start" targetRef="measure"/>
                <serviceTask id="measure" name="Measure the input" camunda:asyncBefore="true"
                             camunda:expression="${input.length()}" camunda:resultVariable="length"/>
                <sequenceFlow id="toEnd" sourceRef="measure" targetRef="end"/>
                <endEvent id="end" name="Measured"/>""";

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Inject
    EngineOperations engine;

    @Test
    void shouldListAFailedStepWithItsCauseAndRunItAgainOnceRepaired() throws Exception {
        // Given an instance whose asynchronous step failed until its retries ran out
        TestProcesses.deploy(repository, PROCESS, "A step that fails", STEPS);
        String businessKey = "engine-it-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = runtime.startProcessInstanceByKey(PROCESS, businessKey).getId();
        spendRetries(instance);

        // Then the admin finds its incident, with the business key, the step and the cause, among the failed jobs
        OpenIncident incident = incidentOf(businessKey);
        assertThat(incident.processKey()).isEqualTo(PROCESS);
        assertThat(incident.activityId()).isEqualTo("measure");
        assertThat(incident.message()).contains("input");
        assertThat(engine.countFailedJobs()).isPositive();
        assertThat(engine.countOpenIncidents()).isPositive();
        // an incident of another kind is not retried here
        String custom = runtime.createIncident("it-custom", instance, "configuration", "a custom incident").getId();
        assertThatThrownBy(() -> engine.retry(custom, "admin")).isInstanceOf(RuleViolationException.class);
        runtime.resolveIncident(custom);

        // When the missing input is supplied and the admin retries the step
        runtime.setVariable(instance, "input", "four");
        engine.retry(incident.id(), "admin");

        // Then the incident is closed, the step runs, and the history shows every step
        assertThat(engine.openIncidents(0, 200)).extracting(OpenIncident::id).doesNotContain(incident.id());
        assertThat(ServiceFixtures.await(Duration.ofSeconds(60), () -> {
            Job job = management.createJobQuery().processInstanceId(instance).singleResult();
            if (job != null) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException takenByTheJobExecutor) {
                    // the job executor ran it meanwhile
                }
            }
            return runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0;
        })).as("the instance ended").isTrue();
        assertThat(engine.instances(businessKey)).singleElement().satisfies(found -> {
            assertThat(found.state()).isEqualTo("COMPLETED");
            assertThat(found.ended()).isNotNull();
        });
        assertThat(engine.steps(instance)).extracting(EngineOperations.Step::activityId).containsExactly("start", "measure", "end");

        // and an unknown incident is not found
        assertThatThrownBy(() -> engine.retry("no-such-incident", "admin")).isInstanceOf(NotFoundException.class);
    }

    /** Runs the step until the engine gives it up (its retries spent, an incident open). */
    private void spendRetries(String instance) throws InterruptedException {
        assertThat(ServiceFixtures.await(Duration.ofSeconds(60), () -> {
            Job job = management.createJobQuery().processInstanceId(instance).singleResult();
            if (job.getRetries() == 0) {
                return true;
            }
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the step fails: that is the point
            }
            return false;
        })).as("the step ran out of retries").isTrue();
    }

    private OpenIncident incidentOf(String businessKey) {
        List<OpenIncident> open = engine.openIncidents(0, 200).stream().filter(i -> businessKey.equals(i.businessKey())).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }
}
