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
@Deployment(resources = "bpmn/role-request.bpmn")
class RoleRequestProcessTest {

    private static final String PROCESS_KEY = "role-request";
    private static final String ROLE_REQUEST_ID = "roleRequestId";
    private static final String REVIEW_DUE_DATE = "reviewDueDate";
    private static final String APPROVED = "approved";
    private static final long ROLE_REQUEST = 7L;
    private static final Date DUE_DATE = Date.from(Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

    ProcessEngine processEngine;

    private final JavaDelegate grantRole = mock(JavaDelegate.class);
    private final JavaDelegate informRoleDecline = mock(JavaDelegate.class);
    private final JavaDelegate escalateRoleReview = mock(JavaDelegate.class);

    @BeforeEach
    void registerDelegates() {
        init(processEngine);
        Mocks.register("grantRoleDelegate", grantRole);
        Mocks.register("informRoleDeclineDelegate", informRoleDecline);
        Mocks.register("escalateRoleReviewDelegate", escalateRoleReview);
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
    }

    @Test
    void shouldOfferReviewToAdminsWithDueDateAndForm() {
        // Given a requested role
        // When the request process starts
        ProcessInstance request = startRequest();

        // Then the admins see an open review with the requested due date and the review form
        assertThat(request).isWaitingAt("Task_ReviewRoleRequest");
        assertThat(request).task()
                .hasDefinitionKey("Task_ReviewRoleRequest")
                .hasCandidateGroup("admin")
                .isNotAssigned()
                .hasDueDate(DUE_DATE)
                .hasFormKey("role-request-review");
    }

    @Test
    void shouldGrantRoleWhenReviewApproves() throws Exception {
        // Given a role request waiting for review by an admin
        ProcessInstance request = startRequest();
        assertThat(request).isWaitingAt("Task_ReviewRoleRequest");
        assertThat(request).task().hasCandidateGroup("admin");

        // When the admin approves it
        complete(task(request), withVariables(APPROVED, true));

        // Then the role is granted and the requester is not told of a decline
        assertThat(request).hasPassedInOrder(
                "StartEvent_RoleRequested", "Task_ReviewRoleRequest", "Gateway_RoleApproved",
                "Task_GrantRole", "EndEvent_RoleGranted");
        assertThat(request).hasNotPassed("Task_InformDecline", "Task_EscalateReview");
        assertThat(request).isEnded();
        verify(grantRole).execute(any(DelegateExecution.class));
        verifyNoInteractions(informRoleDecline, escalateRoleReview);
    }

    @Test
    void shouldInformRequesterWhenReviewDeclines() throws Exception {
        // Given a role request waiting for review by an admin
        ProcessInstance request = startRequest();
        assertThat(request).isWaitingAt("Task_ReviewRoleRequest");
        assertThat(request).task().hasCandidateGroup("admin");

        // When the admin declines it
        complete(task(request), withVariables(APPROVED, false));

        // Then the requester is informed and no role is granted
        assertThat(request).hasPassedInOrder(
                "StartEvent_RoleRequested", "Task_ReviewRoleRequest", "Gateway_RoleApproved",
                "Task_InformDecline", "EndEvent_RoleDeclined");
        assertThat(request).hasNotPassed("Task_GrantRole", "Task_EscalateReview");
        assertThat(request).isEnded();
        verify(informRoleDecline).execute(any(DelegateExecution.class));
        verifyNoInteractions(grantRole, escalateRoleReview);
    }

    @Test
    void shouldEscalateOverdueReviewAndKeepReviewOpen() throws Exception {
        // Given a role request whose review has been open for two days
        ProcessInstance request = startRequest();
        assertThat(request).isWaitingAt("Task_ReviewRoleRequest");
        assertThat(request).job("Timer_ReviewOverdue").isNotNull();

        // When the review-overdue timer fires
        execute(job("Timer_ReviewOverdue"));

        // Then the review is escalated and still waits for an admin
        assertThat(request).hasPassedInOrder("Timer_ReviewOverdue", "Task_EscalateReview", "EndEvent_Escalated");
        assertThat(request).isWaitingAt("Task_ReviewRoleRequest");
        assertThat(request).task().hasCandidateGroup("admin");
        assertThat(request).hasNotPassed("Gateway_RoleApproved");
        assertThat(request).isNotEnded();
        verify(escalateRoleReview).execute(any(DelegateExecution.class));
        verifyNoInteractions(grantRole, informRoleDecline);

        // And the review can still be completed afterwards
        complete(task(request), withVariables(APPROVED, true));
        assertThat(request).hasPassed("EndEvent_RoleGranted").isEnded();
    }

    private ProcessInstance startRequest() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(ROLE_REQUEST),
                Variables.createVariables()
                        .putValue(ROLE_REQUEST_ID, ROLE_REQUEST)
                        .putValue(REVIEW_DUE_DATE, DUE_DATE));
    }
}
