package rs.eobuka.processes;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One test per path of an impact report, delegates mocked: approved at once, returned and approved
 * after a second submission, an overdue review flagged and still open, and a decision the gateway
 * does not know refused. As in the application, submitting sets when the review is due (here: five
 * days after the test clock). Timers fire when the test clock passes their date: the clock is moved,
 * and only the jobs then due are executed.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = "bpmn/impact-report-review.bpmn")
class ImpactReportReviewProcessTest {

    private static final String PROCESS_KEY = "impact-report-review";
    private static final String AUTHOR = "eva";
    private static final long REPORT = 63L;
    private static final Duration REVIEW_TIME = Duration.ofDays(5);

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant REVIEW_DUE = NOW.plus(REVIEW_TIME);

    ProcessEngine processEngine;

    private final JavaDelegate submit = mock(JavaDelegate.class);
    private final JavaDelegate publish = mock(JavaDelegate.class);
    private final JavaDelegate returnToAuthor = mock(JavaDelegate.class);
    private final JavaDelegate escalate = mock(JavaDelegate.class);
    private ProcessInstance current;

    @BeforeEach
    void registerDelegates() throws Exception {
        init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        // like submitImpactReportDelegate: the review is due a fixed time after each submission
        doAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            execution.setVariable("reviewDueAt", Date.from(ClockUtil.getCurrentTime().toInstant().plus(REVIEW_TIME)));
            return null;
        }).when(submit).execute(any());
        Mocks.register("submitImpactReportDelegate", submit);
        Mocks.register("publishImpactReportDelegate", publish);
        Mocks.register("returnImpactReportDelegate", returnToAuthor);
        Mocks.register("escalateImpactReviewDelegate", escalate);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void shouldPublishReportApprovedAtFirstReview() throws Exception {
        // Given a drafted report
        ProcessInstance report = draft();
        assertThat(report).isWaitingAt("Task_WriteReport");
        assertThat(task(current)).isAssignedTo(AUTHOR).hasFormKey("impact-report-write");

        // When the author writes and submits it
        complete(task(current));

        // Then a second evaluator reviews it by its due date
        assertThat(report).hasPassed("Task_SubmitReport").isWaitingAt("Task_ReviewReport");
        assertThat(task(current)).hasCandidateGroup("evaluator").hasDueDate(Date.from(REVIEW_DUE))
                .hasFormKey("impact-report-review");
        assertThat(report).job("Timer_ReviewOverdue").hasDueDate(Date.from(REVIEW_DUE));

        // When the reviewer approves it
        complete(task(current), withVariables("decision", "APPROVE"));

        // Then it is published and the process ends
        assertThat(report).hasPassedInOrder("StartEvent_ReportDrafted", "Task_WriteReport", "Task_SubmitReport",
                "Task_ReviewReport", "Gateway_ReviewDecision", "Task_PublishReport", "EndEvent_Published").isEnded();
        assertThat(report).hasNotPassed("Task_ReturnReport", "Task_EscalateReview");
        verify(submit, times(1)).execute(any());
        verify(publish, times(1)).execute(any());
        verify(returnToAuthor, never()).execute(any());
        verifyNoInteractions(escalate);
    }

    @Test
    void shouldReturnReportToAuthorAndPublishItOnceApproved() throws Exception {
        // Given a report in review
        ProcessInstance report = draft();
        complete(task(current));
        assertThat(report).isWaitingAt("Task_ReviewReport");

        // When the reviewer returns it with comments
        complete(task(current), withVariables("decision", "RETURN", "comment", "Quote the LSGU figures for 2025."));

        // Then it is back with its author, with the comments, and not published
        verify(returnToAuthor, times(1)).execute(any());
        assertThat(report).hasPassed("Task_ReturnReport").isWaitingAt("Task_WriteReport");
        assertThat(report).variables().containsEntry("comment", "Quote the LSGU figures for 2025.");
        assertThat(task(current)).isAssignedTo(AUTHOR);
        verifyNoInteractions(publish);

        // When the author submits it again two days later
        Instant resubmitted = NOW.plus(Duration.ofDays(2));
        fireTimersDueBy(resubmitted);
        complete(task(current));

        // Then the new review is due from the new submission
        assertThat(report).isWaitingAt("Task_ReviewReport");
        assertThat(task(current)).hasCandidateGroup("evaluator").hasDueDate(Date.from(resubmitted.plus(REVIEW_TIME)));
        assertThat(report).job("Timer_ReviewOverdue").hasDueDate(Date.from(resubmitted.plus(REVIEW_TIME)));

        // When the reviewer approves it
        complete(task(current), withVariables("decision", "APPROVE"));

        // Then it is published, after two submissions and one return
        assertThat(report).hasPassed("Task_PublishReport", "EndEvent_Published").isEnded();
        verify(submit, times(2)).execute(any());
        verify(returnToAuthor, times(1)).execute(any());
        verify(publish, times(1)).execute(any());
        verifyNoInteractions(escalate);
    }

    @Test
    void shouldFlagOverdueReviewAndKeepItOpen() throws Exception {
        // Given a report in review
        ProcessInstance report = draft();
        complete(task(current));

        // When a day before the due date passes, nothing is flagged yet
        fireTimersDueBy(REVIEW_DUE.minus(Duration.ofDays(1)));
        verifyNoInteractions(escalate);

        // When the clock passes the due date with the review not done
        fireTimersDueBy(REVIEW_DUE.plusSeconds(60));

        // Then the review is flagged once and waits still
        verify(escalate, times(1)).execute(any());
        assertThat(report).hasPassed("Timer_ReviewOverdue", "Task_EscalateReview", "EndEvent_ReviewEscalated")
                .isWaitingAt("Task_ReviewReport");
        assertThat(task(current)).hasCandidateGroup("evaluator");

        // When the reviewer approves it late
        complete(task(current), withVariables("decision", "APPROVE"));

        // Then it is published all the same
        assertThat(report).hasPassed("Task_PublishReport", "EndEvent_Published").isEnded();
        verify(publish, times(1)).execute(any());
        verify(escalate, times(1)).execute(any());
    }

    @Test
    void shouldRefuseAnUnknownDecisionAndKeepTheReviewOpen() throws Exception {
        // Given a report in review
        ProcessInstance report = draft();
        complete(task(current));
        String reviewTask = task(current).getId();

        // When the reviewer completes the review with a decision the gateway does not know
        // Then the engine refuses it: no flow matches and there is no default
        assertThatThrownBy(() -> complete(task(current), withVariables("decision", "MAYBE")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Gateway_ReviewDecision");

        // And the same review task is still open, nothing else happened and the decision was not kept
        assertThat(report).isWaitingAt("Task_ReviewReport");
        assertThat(task(current)).hasId(reviewTask);
        assertThat(report).variables().doesNotContainKey("decision");
        assertThat(report).hasNotPassed("Gateway_ReviewDecision", "Task_PublishReport", "Task_ReturnReport");
        verifyNoInteractions(publish, returnToAuthor);
    }

    private ProcessInstance draft() {
        current = runtimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(REPORT), Variables.createVariables()
                .putValue("reportId", REPORT)
                .putValue("author", AUTHOR));
        return current;
    }

    /** Moves the test clock and executes the jobs due by then, as the job executor would. */
    private void fireTimersDueBy(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        Job due;
        while ((due = managementService().createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1)
                .stream().findFirst().orElse(null)) != null) {
            managementService().executeJob(due.getId());
        }
    }
}
