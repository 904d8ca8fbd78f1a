package rs.eobuka.platform.engine;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.security.SecurityEvents;

/**
 * What an admin needs to see and repair the running engine without Cockpit: open incidents with
 * their cause and a retry, the count of jobs that ran out of retries, and a process instance's
 * history found by its business key (a registration's, a workshop request's id). Every list
 * pages in the engine's tables.
 */
@Stateless
public class EngineOperations {

    /** An open incident, as the admin page and the API show it. */
    public record OpenIncident(String id, Instant at, String type, String processKey, String businessKey, String activityId,
                               String message, String processInstanceId) {
    }

    /** A process instance found by its business key. */
    public record Instance(String id, String processKey, String businessKey, Instant started, Instant ended, String state) {
    }

    /** One step of an instance's history. */
    public record Step(String activityId, String activityName, String activityType, Instant started, Instant ended, String assignee) {
    }

    static final String FAILED_JOB = Incident.FAILED_JOB_HANDLER_TYPE;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Inject
    HistoryService history;

    @Inject
    SecurityEvents events;

    public long countOpenIncidents() {
        return runtime.createIncidentQuery().count();
    }

    /** Jobs whose every retry failed: each also has an incident, until someone retries it. */
    public long countFailedJobs() {
        return management.createJobQuery().withException().noRetriesLeft().count();
    }

    /** Newest first. */
    public List<OpenIncident> openIncidents(int first, int max) {
        List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(first, max);
        Set<String> instanceIds = incidents.stream().map(Incident::getProcessInstanceId).filter(id -> id != null).collect(Collectors.toSet());
        Map<String, ProcessInstance> instances = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        return incidents.stream().map(incident -> {
            ProcessInstance instance = instances.get(incident.getProcessInstanceId());
            return new OpenIncident(incident.getId(), instant(incident.getIncidentTimestamp()), incident.getIncidentType(),
                    processKey(incident.getProcessDefinitionId()), instance == null ? null : instance.getBusinessKey(),
                    incident.getActivityId(), incident.getIncidentMessage(), incident.getProcessInstanceId());
        }).toList();
    }

    /**
     * Retries the job behind a failed-job incident once more (the incident closes; should the job
     * fail again, a new one opens). Other incident types are repaired in their own feature.
     */
    public void retry(String incidentId, String admin) {
        Incident incident = incidentId == null ? null : runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw new NotFoundException("error.notFound");
        }
        if (!FAILED_JOB.equals(incident.getIncidentType())) {
            throw new RuleViolationException(null, "engine.incident.notRetryable");
        }
        management.setJobRetries(incident.getConfiguration(), 1);
        events.log(SecurityEvents.Event.ENGINE_RETRY, "by", admin, "incident", incidentId, "job", incident.getConfiguration());
    }

    /** The instances, running and ended, of this business key, newest first (at most 50). */
    public List<Instance> instances(String businessKey) {
        if (businessKey == null || businessKey.isBlank()) {
            return List.of();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey.strip())
                .orderByProcessInstanceStartTime().desc().listPage(0, 50).stream()
                .map(instance -> new Instance(instance.getId(), instance.getProcessDefinitionKey(), instance.getBusinessKey(),
                        instant(instance.getStartTime()), instant(instance.getEndTime()), instance.getState()))
                .toList();
    }

    /** The steps of one instance, in the order they began (at most 500). */
    public List<Step> steps(String processInstanceId) {
        HistoricProcessInstance instance = processInstanceId == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw new NotFoundException("error.notFound");
        }
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().listPage(0, 500).stream()
                .map(EngineOperations::step).toList();
    }

    private static Step step(HistoricActivityInstance activity) {
        return new Step(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(), instant(activity.getStartTime()),
                instant(activity.getEndTime()), activity.getAssignee());
    }

    private static String processKey(String processDefinitionId) {
        return processDefinitionId == null ? null : processDefinitionId.substring(0, Math.max(0, processDefinitionId.indexOf(':')));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
