package rs.eobuka.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = "bpmn/data-erasure.bpmn")
class DataErasureProcessTest {

    private static final String PROCESS_KEY = "data-erasure";
    private static final String ERASURE_REQUEST_ID = "erasureRequestId";
    private static final String REVIEW_DUE_DATE = "reviewDueDate";
    private static final String CONFIRMED = "confirmed";
    private static final long ERASURE_REQUEST = 7L;
    private static final Date DUE_DATE = Date.from(Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

    ProcessEngine processEngine;

    private final JavaDelegate eraseData = mock(JavaDelegate.class);
    private final JavaDelegate informDecline = mock(JavaDelegate.class);
    private final JavaDelegate remindAdmins = mock(JavaDelegate.class);

    @BeforeEach
    void registerDelegates() {
        init(processEngine);
        Mocks.register("eraseDataDelegate", eraseData);
        Mocks.register("informErasureDeclineDelegate", informDecline);
        Mocks.register("escalateErasureReviewDelegate", remindAdmins);
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
    }

    @Test
    void shouldOfferTheReviewToAdminsDueWithinTheMonth() {
        // Given a person who asked to be forgotten
        // When the request process starts
        ProcessInstance request = startRequest();

        // Then the admins see an open review due within thirty days, with its form
        assertThat(request).isWaitingAt("Task_ReviewErasure");
        assertThat(request).task()
                .hasDefinitionKey("Task_ReviewErasure")
                .hasCandidateGroup("admin")
                .isNotAssigned()
                .hasDueDate(DUE_DATE)
                .hasFormKey("erasure-review");
    }

    @Test
    void shouldAnonymiseWhenAnAdminConfirms() throws Exception {
        // Given a request to be forgotten waiting for an admin
        ProcessInstance request = startRequest();
        assertThat(request).isWaitingAt("Task_ReviewErasure");
        assertThat(request).task().hasCandidateGroup("admin");

        // When an admin confirms it
        complete(task(request), withVariables(CONFIRMED, true));

        // Then the anonymisation waits for a job of its own, after the review's transaction
        assertThat(request).isWaitingAt("Task_EraseData");
        verifyNoInteractions(eraseData);
        execute(job());

        // And the data is anonymised and nobody is told of a decline
        assertThat(request).hasPassedInOrder(
                "StartEvent_ErasureRequested", "Task_ReviewErasure", "Gateway_ErasureConfirmed",
                "Task_EraseData", "EndEvent_DataErased");
        assertThat(request).hasNotPassed("Task_InformDecline", "Task_EscalateReview");
        assertThat(request).isEnded();
        verify(eraseData).execute(any(DelegateExecution.class));
        verifyNoInteractions(informDecline, remindAdmins);
    }

    @Test
    void shouldTellThePersonWhyWhenAnAdminDeclines() throws Exception {
        // Given a request to be forgotten waiting for an admin
        ProcessInstance request = startRequest();
        assertThat(request).isWaitingAt("Task_ReviewErasure");
        assertThat(request).task().hasCandidateGroup("admin");

        // When an admin declines it
        complete(task(request), withVariables(CONFIRMED, false));

        // Then the person is told why and nothing is erased
        assertThat(request).hasPassedInOrder(
                "StartEvent_ErasureRequested", "Task_ReviewErasure", "Gateway_ErasureConfirmed",
                "Task_InformDecline", "EndEvent_ErasureDeclined");
        assertThat(request).hasNotPassed("Task_EraseData", "Task_EscalateReview");
        assertThat(request).isEnded();
        verify(informDecline).execute(any(DelegateExecution.class));
        verifyNoInteractions(eraseData, remindAdmins);
    }

    @Test
    void shouldRemindAdminsFiveDaysBeforeTheMonthEndsAndKeepTheReviewOpen() throws Exception {
        // Given a request whose review has been open for twenty-five days
        ProcessInstance request = startRequest();
        assertThat(request).isWaitingAt("Task_ReviewErasure");
        assertThat(request).job("Timer_ReviewOverdue").isNotNull();
        Instant reminder = job("Timer_ReviewOverdue").getDuedate().toInstant();
        org.assertj.core.api.Assertions.assertThat(reminder)
                .isBetween(Instant.now().plus(25, ChronoUnit.DAYS).minusSeconds(60), Instant.now().plus(25, ChronoUnit.DAYS).plusSeconds(60));

        // When the reminder timer fires
        execute(job("Timer_ReviewOverdue"));

        // Then every admin is reminded and the review still waits
        assertThat(request).hasPassedInOrder("Timer_ReviewOverdue", "Task_EscalateReview", "EndEvent_Escalated");
        assertThat(request).isWaitingAt("Task_ReviewErasure");
        assertThat(request).task().hasCandidateGroup("admin");
        assertThat(request).hasNotPassed("Gateway_ErasureConfirmed");
        assertThat(request).isNotEnded();
        verify(remindAdmins).execute(any(DelegateExecution.class));
        verifyNoInteractions(eraseData, informDecline);

        // And the review can still be completed afterwards
        complete(task(request), withVariables(CONFIRMED, true));
        execute(job());
        assertThat(request).hasPassed("EndEvent_DataErased").isEnded();
    }

    private ProcessInstance startRequest() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(ERASURE_REQUEST),
                Variables.createVariables()
                        .putValue(ERASURE_REQUEST_ID, ERASURE_REQUEST)
                        .putValue(REVIEW_DUE_DATE, DUE_DATE));
    }
}
