package rs.eobuka.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One test per path of a competition entry, delegates mocked; the juror assignment answers with the jurors a test
 * chooses, as the application's would. Timers fire when the test clock passes their date: the clock is moved, and
 * only the jobs then due are executed.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = "bpmn/competition-entry.bpmn")
class CompetitionEntryProcessTest {

    private static final String PROCESS_KEY = "competition-entry";
    private static final String ENTRY_CONFIRMED_MESSAGE = "EntryConfirmed";
    private static final long ENTRY = 58L;
    private static final String ANA = "ana.juror";
    private static final String MARKO = "marko.juror";

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant CONFIRMATION_DEADLINE = NOW.plus(Duration.ofHours(48));
    /** Two working days over a weekend. */
    private static final Instant MODERATION_DUE = NOW.plus(Duration.ofDays(4));
    private static final Instant ENTRY_CLOSES = NOW.plus(Duration.ofDays(10));
    private static final Instant JURY_DEADLINE = NOW.plus(Duration.ofDays(20));

    ProcessEngine processEngine;

    private final JavaDelegate discardEntry = mock(JavaDelegate.class);
    private final JavaDelegate notifyRejected = mock(JavaDelegate.class);
    private final JavaDelegate publishEntry = mock(JavaDelegate.class);
    private final JavaDelegate assignJurors = mock(JavaDelegate.class);
    private final JavaDelegate recordJuryScore = mock(JavaDelegate.class);

    /** The jurors without a conflict of interest that the mocked assignment finds. */
    private List<String> jurorsWithoutConflict = List.of(ANA, MARKO);
    private ProcessInstance current;

    @BeforeEach
    void registerDelegates() throws Exception {
        init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        // like assignJurorsDelegate: it sets the usernames of the jurors who score this entry
        doAnswer(invocation -> {
            invocation.<DelegateExecution>getArgument(0).setVariable("jurors", new ArrayList<>(jurorsWithoutConflict));
            return null;
        }).when(assignJurors).execute(any(DelegateExecution.class));
        Mocks.register("discardEntryDelegate", discardEntry);
        Mocks.register("notifyEntryRejectedDelegate", notifyRejected);
        Mocks.register("publishEntryDelegate", publishEntry);
        Mocks.register("assignJurorsDelegate", assignJurors);
        Mocks.register("recordJuryScoreDelegate", recordJuryScore);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void shouldDiscardUnconfirmedEntryExactlyAt48Hours() throws Exception {
        // Given a submitted entry whose entrant does not open the confirmation link
        ProcessInstance entry = submit();
        assertThat(entry).isWaitingAt("Task_AwaitConfirmation");
        assertThat(entry).job("Timer_ConfirmationExpired").hasDueDate(Date.from(CONFIRMATION_DEADLINE));

        // When a second is left of the 48 hours
        fireTimersDueBy(CONFIRMATION_DEADLINE.minusSeconds(1));

        // Then the entry still waits for its confirmation
        assertThat(entry).isWaitingAt("Task_AwaitConfirmation");
        verifyNoInteractions(discardEntry);

        // When the 48 hours are over
        fireTimersDueBy(CONFIRMATION_DEADLINE);

        // Then the entry is discarded, never moderated
        assertThat(entry).hasPassedInOrder("Task_AwaitConfirmation", "Timer_ConfirmationExpired", "Task_DiscardEntry",
                "EndEvent_EntryDiscarded").isEnded();
        assertThat(entry).hasNotPassed("Task_ModerateEntry");
        verify(discardEntry, times(1)).execute(any());
        verifyNoInteractions(notifyRejected, publishEntry, recordJuryScore);
    }

    @Test
    void shouldTellEntrantOfRejectionWithoutPublishing() throws Exception {
        // Given a submitted entry
        ProcessInstance entry = submit();

        // When the entrant confirms it
        confirm();

        // Then an organizer moderates it by its due date, and the confirmation no longer expires
        assertThat(entry).isWaitingAt("Task_ModerateEntry");
        assertThat(task(current)).hasCandidateGroup("organizer").hasDueDate(Date.from(MODERATION_DUE))
                .hasFormKey("entry-moderation");
        fireTimersDueBy(CONFIRMATION_DEADLINE.plusSeconds(60));
        assertThat(entry).isWaitingAt("Task_ModerateEntry");
        verifyNoInteractions(discardEntry);

        // When the organizer rejects it
        moderate(false);

        // Then the entrant is told and the entry ends unpublished
        assertThat(entry).hasPassedInOrder("Task_ModerateEntry", "Task_NotifyRejected", "EndEvent_EntryRejected").isEnded();
        assertThat(entry).hasNotPassed("Task_PublishEntry");
        verify(notifyRejected, times(1)).execute(any());
        verifyNoInteractions(publishEntry, assignJurors, recordJuryScore);
    }

    @Test
    void shouldPublishAcceptedEntryAndRecordScoreWhenEveryJurorHasScored() throws Exception {
        // Given a confirmed entry
        ProcessInstance entry = submit();
        confirm();

        // When the organizer accepts it
        moderate(true);

        // Then it is published in the gallery and waits for the entry window to close
        verify(publishEntry, times(1)).execute(any());
        verifyNoInteractions(notifyRejected);
        assertThat(entry).isWaitingAt("Timer_EntryWindowCloses");
        assertThat(entry).job("Timer_EntryWindowCloses").hasDueDate(Date.from(ENTRY_CLOSES));
        fireTimersDueBy(ENTRY_CLOSES.minusSeconds(1));
        assertThat(entry).isWaitingAt("Timer_EntryWindowCloses");
        verifyNoInteractions(assignJurors);

        // When the entry window closes
        fireTimersDueBy(ENTRY_CLOSES);

        // Then each of the two jurors without conflict gets a scoring task of their own, due at the jury deadline
        verify(assignJurors, times(1)).execute(any());
        assertThat(entry).isWaitingAt("Task_ScoreEntry");
        assertThat(entry).job("Timer_JuryDeadline").hasDueDate(Date.from(JURY_DEADLINE));
        Assertions.assertThat(scoringTasks()).extracting(Task::getAssignee).containsExactlyInAnyOrder(ANA, MARKO);
        for (String juror : List.of(ANA, MARKO)) {
            assertThat(scoringTaskOf(juror)).hasDefinitionKey("Task_ScoreEntry").hasDueDate(Date.from(JURY_DEADLINE))
                    .hasFormKey("entry-scoring");
        }

        // When the first juror scores
        complete(scoringTaskOf(ANA));

        // Then the score waits for the other juror
        assertThat(entry).isWaitingAt("Task_ScoreEntry");
        Assertions.assertThat(scoringTasks()).extracting(Task::getAssignee).containsExactly(MARKO);
        verifyNoInteractions(recordJuryScore);

        // When the second juror scores
        complete(scoringTaskOf(MARKO));

        // Then the jury score is recorded once and the entry is scored before its deadline
        assertThat(entry).hasPassedInOrder("Task_PublishEntry", "Timer_EntryWindowCloses", "Task_AssignJurors",
                "Task_ScoreEntry", "Task_RecordJuryScore", "EndEvent_EntryScored").isEnded();
        assertThat(entry).hasNotPassed("Timer_JuryDeadline");
        verify(recordJuryScore, times(1)).execute(any());
    }

    @Test
    void shouldRecordScoreAtJuryDeadlineWhenAJurorNeverScores() throws Exception {
        // Given an accepted entry whose two jurors got their scoring tasks, and one of them scored
        ProcessInstance entry = acceptedEntryAtScoring();
        complete(scoringTaskOf(ANA));

        // When a second is left until the jury deadline
        fireTimersDueBy(JURY_DEADLINE.minusSeconds(1));

        // Then the other juror may still score
        assertThat(entry).isWaitingAt("Task_ScoreEntry");
        Assertions.assertThat(scoringTasks()).extracting(Task::getAssignee).containsExactly(MARKO);
        verifyNoInteractions(recordJuryScore);

        // When the jury deadline passes
        fireTimersDueBy(JURY_DEADLINE);

        // Then the unscored task is gone, and the score given is recorded once
        Assertions.assertThat(scoringTasks()).isEmpty();
        assertThat(entry).hasPassedInOrder("Timer_JuryDeadline", "Task_RecordJuryScore", "EndEvent_EntryScored").isEnded();
        verify(recordJuryScore, times(1)).execute(any());
    }

    @Test
    void shouldRecordScoreAtOnceWhenNoJurorIsWithoutConflict() throws Exception {
        // Given an accepted entry for which no juror is free of conflict
        jurorsWithoutConflict = List.of();
        ProcessInstance entry = submit();
        confirm();
        moderate(true);

        // When the entry window closes
        fireTimersDueBy(ENTRY_CLOSES);

        // Then nobody gets a scoring task and the (empty) jury score is recorded at once
        verify(assignJurors, times(1)).execute(any());
        Assertions.assertThat(scoringTasks()).isEmpty();
        assertThat(entry).hasPassedInOrder("Task_AssignJurors", "Task_RecordJuryScore", "EndEvent_EntryScored").isEnded();
        assertThat(entry).hasNotPassed("Task_ScoreEntry", "Timer_JuryDeadline");
        verify(recordJuryScore, times(1)).execute(any());
    }

    @Test
    void shouldGoStraightToScoringWhenAcceptedAfterTheEntryWindowClosed() throws Exception {
        // Given a confirmed entry still unmoderated when the entry window closes
        ProcessInstance entry = submit();
        confirm();
        Instant lateModeration = ENTRY_CLOSES.plus(Duration.ofDays(1));
        fireTimersDueBy(lateModeration);
        assertThat(entry).isWaitingAt("Task_ModerateEntry");

        // When the organizer accepts it a day after the window closed
        moderate(true);

        // Then the entry window timer is already due, and with the clock unmoved the jurors get their tasks
        assertThat(entry).job("Timer_EntryWindowCloses").hasDueDate(Date.from(ENTRY_CLOSES));
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(entry.getId())
                .activityId("Timer_EntryWindowCloses").executable().count()).isEqualTo(1);
        fireTimersDueBy(lateModeration);
        verify(publishEntry, times(1)).execute(any());
        verify(assignJurors, times(1)).execute(any());
        assertThat(entry).hasPassed("Timer_EntryWindowCloses").isWaitingAt("Task_ScoreEntry");
        Assertions.assertThat(scoringTasks()).extracting(Task::getAssignee).containsExactlyInAnyOrder(ANA, MARKO);
    }

    private ProcessInstance submit() {
        current = runtimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(ENTRY), Variables.createVariables()
                .putValue("entryId", ENTRY)
                .putValue("confirmationDeadline", Date.from(CONFIRMATION_DEADLINE))
                .putValue("moderationDueDate", Date.from(MODERATION_DUE))
                .putValue("entryCloses", Date.from(ENTRY_CLOSES))
                .putValue("juryDeadline", Date.from(JURY_DEADLINE)));
        return current;
    }

    /** The entrant opens the one-use link of the confirmation e-mail. */
    private void confirm() {
        runtimeService().createMessageCorrelation(ENTRY_CONFIRMED_MESSAGE).processInstanceBusinessKey(String.valueOf(ENTRY))
                .correlate();
    }

    private void moderate(boolean accepted) {
        complete(task("Task_ModerateEntry", current), withVariables("accepted", accepted));
    }

    private ProcessInstance acceptedEntryAtScoring() {
        ProcessInstance entry = submit();
        confirm();
        moderate(true);
        fireTimersDueBy(ENTRY_CLOSES);
        assertThat(entry).isWaitingAt("Task_ScoreEntry");
        return entry;
    }

    private List<Task> scoringTasks() {
        return taskQuery().processInstanceId(current.getId()).taskDefinitionKey("Task_ScoreEntry").list();
    }

    private Task scoringTaskOf(String juror) {
        return taskQuery().processInstanceId(current.getId()).taskDefinitionKey("Task_ScoreEntry").taskAssignee(juror)
                .singleResult();
    }

    /** Moves the test clock and executes the jobs due by then, as the job executor would. */
    private void fireTimersDueBy(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        // one at a time, earliest first: an interrupting timer removes the jobs of the activity it leaves
        Job due;
        while ((due = managementService().createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1)
                .stream().findFirst().orElse(null)) != null) {
            managementService().executeJob(due.getId());
        }
    }
}
