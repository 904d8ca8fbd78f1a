package rs.eobuka.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;

class RegistrationProgressServiceTest {

    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");

    @Test
    void shouldListStepsInStartOrderWithoutGateways() {
        // Given the history of a registration waiting for approval, as the engine lists it
        List<HistoricActivityInstance> history = List.of(
                activity("Task_ApproveRegistration", "userTask", 4, null),
                activity("StartEvent_RegistrationReceived", "startEvent", 0, 0L),
                activity("Gateway_Eligible", "exclusiveGateway", 1, 1L),
                activity("Task_CheckEligibility", "businessRuleTask", 1, 1L),
                activity("Task_ReserveSeat", "serviceTask", 2, 2L),
                activity("Gateway_SeatAvailable", "exclusiveGateway", 2, 2L),
                activity("Task_NotifyReceived", "serviceTask", 3, 3L));

        // When the steps are read
        List<ProcessStep> steps = RegistrationProgressService.steps(history);

        // Then gateways are left out, the order is the start order, and only the last waits
        assertThat(steps).extracting(ProcessStep::activityId).containsExactly("StartEvent_RegistrationReceived",
                "Task_CheckEligibility", "Task_ReserveSeat", "Task_NotifyReceived", "Task_ApproveRegistration");
        assertThat(steps).filteredOn(ProcessStep::isCurrent).extracting(ProcessStep::activityId)
                .containsExactly("Task_ApproveRegistration");
        assertThat(steps.get(0).start()).isEqualTo(T0);
    }

    @Test
    void shouldShowCancelledRegistrationWithoutCurrentStep() {
        // Given a cancelled registration: the approval ended, the cancellation sub-process ran
        List<HistoricActivityInstance> history = List.of(
                activity("StartEvent_RegistrationReceived", "startEvent", 0, 0L),
                activity("Task_ApproveRegistration", "userTask", 1, 5L),
                activity("SubProcess_Cancellation", "subProcess", 5, 6L),
                activity("StartEvent_RegistrationCancelled", "messageStartEvent", 5, 5L),
                activity("Task_NotifyCancelled", "serviceTask", 5, 5L),
                activity("EndEvent_RegistrationCancelled", "noneEndEvent", 6, 6L));

        // When the steps are read
        RegistrationProgress progress = new RegistrationProgress(null, 0, RegistrationProgressService.steps(history));

        // Then the sub-process itself is hidden and nothing waits any more
        assertThat(progress.steps()).extracting(ProcessStep::activityId).doesNotContain("SubProcess_Cancellation");
        assertThat(progress.current()).isEmpty();
        assertThat(progress.latest()).map(ProcessStep::activityId).contains("EndEvent_RegistrationCancelled");
    }

    private static HistoricActivityInstance activity(String id, String type, int startMinute, Long endMinute) {
        HistoricActivityInstance activity = mock(HistoricActivityInstance.class);
        when(activity.getActivityId()).thenReturn(id);
        when(activity.getActivityType()).thenReturn(type);
        when(activity.getStartTime()).thenReturn(Date.from(T0.plusSeconds(60L * startMinute)));
        when(activity.getEndTime()).thenReturn(endMinute == null ? null : Date.from(T0.plusSeconds(60 * endMinute)));
        return activity;
    }
}
