package rs.eobuka.registration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.hibernate.Hibernate;

/**
 * Where a registration stands in its {@code training-registration} process: the steps it passed,
 * with their times, and the step it waits at now, read from the engine's history (the engine owns
 * workflow state; this service only reads it).
 */
@Stateless
public class RegistrationProgressService {

    /** Activity types that are routing, not steps a person would recognise. */
    static final Set<String> HIDDEN_TYPES = Set.of("exclusiveGateway", "inclusiveGateway", "parallelGateway",
            "eventBasedGateway", "sequenceFlow", "subProcess");

    @Inject
    RegistrationService registrations;

    @Inject
    HistoryService history;

    /** The registration and its steps, for its owner or an organizer; anyone else is refused. */
    public RegistrationProgress progress(long registrationId, String username, boolean organizer) {
        Registration registration = registrations.getVisible(registrationId, username, organizer);
        Hibernate.initialize(registration.getSession());
        Hibernate.initialize(registration.getAccount());
        List<ProcessStep> steps = registration.getProcessInstanceId() == null ? List.of()
                : steps(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(registration.getProcessInstanceId())
                        .orderByHistoricActivityInstanceStartTime().asc()
                        .orderPartiallyByOccurrence().asc()
                        .list());
        return new RegistrationProgress(registration, registrations.waitlistPosition(registration), steps);
    }

    /** The steps among the engine's activity instances: no gateways or containers, in the order they started. */
    static List<ProcessStep> steps(List<HistoricActivityInstance> activities) {
        return activities.stream()
                .filter(a -> a.getActivityType() == null || !HIDDEN_TYPES.contains(a.getActivityType()))
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .map(a -> new ProcessStep(a.getActivityId(), a.getStartTime().toInstant(),
                        a.getEndTime() == null ? null : a.getEndTime().toInstant()))
                .toList();
    }
}
