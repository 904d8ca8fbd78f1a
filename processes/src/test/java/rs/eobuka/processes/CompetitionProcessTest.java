package rs.eobuka.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
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
import org.mockito.InOrder;

/**
 * The paths of a competition, delegates mocked: entries close at their time, the jury and the public vote end in
 * either order and the entries are ranked only when both are over; results not approved by the second organizer are
 * ranked and proposed again, approved ones are published and the entrants told. Timers fire when the test clock
 * passes their date: the clock is moved, and only the jobs then due are executed.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = "bpmn/competition.bpmn")
class CompetitionProcessTest {

    private static final String PROCESS_KEY = "competition";
    private static final long COMPETITION = 9L;

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant ENTRY_CLOSES = NOW.plus(Duration.ofDays(10));
    private static final Instant JURY_REMINDER = NOW.plus(Duration.ofDays(17));
    private static final Instant VOTE_CLOSES_BEFORE_JURY = NOW.plus(Duration.ofDays(19));
    private static final Instant JURY_DEADLINE = NOW.plus(Duration.ofDays(21));
    private static final Instant VOTE_CLOSES_AFTER_JURY = NOW.plus(Duration.ofDays(24));

    ProcessEngine processEngine;

    private final JavaDelegate closeEntries = mock(JavaDelegate.class);
    private final JavaDelegate remindJurors = mock(JavaDelegate.class);
    private final JavaDelegate closeVote = mock(JavaDelegate.class);
    private final JavaDelegate rankEntries = mock(JavaDelegate.class);
    private final JavaDelegate publishResults = mock(JavaDelegate.class);
    private final JavaDelegate notifyEntrants = mock(JavaDelegate.class);

    private ProcessInstance current;

    @BeforeEach
    void registerDelegates() {
        init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register("closeEntriesDelegate", closeEntries);
        Mocks.register("remindJurorsDelegate", remindJurors);
        Mocks.register("closeVoteDelegate", closeVote);
        Mocks.register("rankEntriesDelegate", rankEntries);
        Mocks.register("publishResultsDelegate", publishResults);
        Mocks.register("notifyEntrantsDelegate", notifyEntrants);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void shouldCloseEntriesAtTheirTimeThenRemindJurorsAndRankOnlyAfterTheJuryDeadlineWhenTheVoteClosesFirst()
            throws Exception {
        // Given an open competition whose public vote closes before the jury deadline
        ProcessInstance competition = open(VOTE_CLOSES_BEFORE_JURY);
        assertThat(competition).isWaitingAt("Timer_EntryWindowCloses");
        assertThat(competition).job("Timer_EntryWindowCloses").hasDueDate(Date.from(ENTRY_CLOSES));

        // When a second is left of the entry window, and then it closes
        fireTimersDueBy(ENTRY_CLOSES.minusSeconds(1));
        verifyNoInteractions(closeEntries);
        fireTimersDueBy(ENTRY_CLOSES);

        // Then the entries are closed, and the jury reminder and the vote's close wait for their days
        verify(closeEntries, times(1)).execute(any());
        assertThat(competition).isWaitingAtExactly("Timer_JuryReminder", "Timer_VoteCloses");
        assertThat(competition).job("Timer_JuryReminder").hasDueDate(Date.from(JURY_REMINDER));
        assertThat(competition).job("Timer_VoteCloses").hasDueDate(Date.from(VOTE_CLOSES_BEFORE_JURY));
        verifyNoInteractions(remindJurors, closeVote);

        // When the jury reminder day comes
        fireTimersDueBy(JURY_REMINDER);

        // Then the jurors with open scores are reminded, and the jury works on until its deadline
        verify(remindJurors, times(1)).execute(any());
        assertThat(competition).isWaitingAtExactly("Timer_JuryDeadline", "Timer_VoteCloses");
        assertThat(competition).job("Timer_JuryDeadline").hasDueDate(Date.from(JURY_DEADLINE));

        // When the public vote closes
        fireTimersDueBy(VOTE_CLOSES_BEFORE_JURY);

        // Then the vote is closed, but nothing is ranked while the jury still works
        verify(closeVote, times(1)).execute(any());
        assertThat(competition).isWaitingAt("Timer_JuryDeadline").isNotWaitingAt("Task_ProposeResults");
        verifyNoInteractions(rankEntries);

        // When the jury deadline passes
        fireTimersDueBy(JURY_DEADLINE);

        // Then the entries are ranked once and an organizer proposes the results
        verify(rankEntries, times(1)).execute(any());
        InOrder order = inOrder(closeEntries, remindJurors, closeVote, rankEntries);
        order.verify(closeEntries).execute(any());
        order.verify(remindJurors).execute(any());
        order.verify(closeVote).execute(any());
        order.verify(rankEntries).execute(any());
        assertThat(competition).isWaitingAtExactly("Task_ProposeResults");
        assertThat(task(current)).hasCandidateGroup("organizer").hasFormKey("competition-results-proposal");
        verifyNoInteractions(publishResults, notifyEntrants);
    }

    @Test
    void shouldRankOnlyAfterThePublicVoteClosesWhenItClosesAfterTheJuryDeadline() throws Exception {
        // Given a competition whose public vote closes after the jury deadline, with its entries closed
        ProcessInstance competition = open(VOTE_CLOSES_AFTER_JURY);
        fireTimersDueBy(ENTRY_CLOSES);
        verify(closeEntries, times(1)).execute(any());

        // When the jury reminder day comes and the jury deadline passes
        fireTimersDueBy(JURY_REMINDER);
        verify(remindJurors, times(1)).execute(any());
        fireTimersDueBy(JURY_DEADLINE);

        // Then the jury is done, but nothing is ranked while the public still votes
        assertThat(competition).hasPassed("Timer_JuryDeadline").isWaitingAt("Timer_VoteCloses")
                .isNotWaitingAt("Timer_JuryDeadline", "Task_ProposeResults");
        assertThat(competition).job("Timer_VoteCloses").hasDueDate(Date.from(VOTE_CLOSES_AFTER_JURY));
        verifyNoInteractions(closeVote, rankEntries);

        // When the public vote closes
        fireTimersDueBy(VOTE_CLOSES_AFTER_JURY);

        // Then the vote is closed, then the entries are ranked once, and an organizer proposes the results
        InOrder order = inOrder(remindJurors, closeVote, rankEntries);
        order.verify(remindJurors).execute(any());
        order.verify(closeVote).execute(any());
        order.verify(rankEntries).execute(any());
        verify(rankEntries, times(1)).execute(any());
        assertThat(competition).isWaitingAtExactly("Task_ProposeResults");
    }

    @Test
    void shouldRankAndProposeAgainWhenResultsAreNotApprovedThenPublishAndNotifyInOrder() throws Exception {
        // Given a competition whose jury and public vote are over and whose entries are ranked
        ProcessInstance competition = rankedCompetition();

        // When an organizer proposes the results
        complete(task("Task_ProposeResults", current));

        // Then a second organizer is asked to approve them
        assertThat(competition).isWaitingAtExactly("Task_ApproveResults");
        assertThat(task(current)).hasCandidateGroup("organizer").hasFormKey("competition-results-approval");

        // When the second organizer does not approve them
        complete(task("Task_ApproveResults", current), withVariables("resultsApproved", false));

        // Then the entries are ranked again and the results are proposed again, nothing published
        verify(rankEntries, times(2)).execute(any());
        assertThat(competition).isWaitingAtExactly("Task_ProposeResults");
        verifyNoInteractions(publishResults, notifyEntrants);

        // When the new results are proposed and approved
        complete(task("Task_ProposeResults", current));
        assertThat(competition).isWaitingAtExactly("Task_ApproveResults");
        complete(task("Task_ApproveResults", current), withVariables("resultsApproved", true));

        // Then the results are published and then the winners and entrants are told, once, and the competition ends
        InOrder order = inOrder(rankEntries, publishResults, notifyEntrants);
        order.verify(rankEntries, times(2)).execute(any());
        order.verify(publishResults).execute(any());
        order.verify(notifyEntrants).execute(any());
        verify(publishResults, times(1)).execute(any());
        verify(notifyEntrants, times(1)).execute(any());
        Assertions.assertThat(passedInOrder(competition)).containsSubsequence(
                "Task_RankEntries", "Task_ProposeResults", "Task_ApproveResults", "Gateway_ResultsApproved",
                "Task_RankEntries", "Task_ProposeResults", "Task_ApproveResults", "Gateway_ResultsApproved",
                "Task_PublishResults", "Task_NotifyEntrants", "EndEvent_ResultsPublished");
        assertThat(competition).isEnded();
    }

    private ProcessInstance open(Instant voteCloses) {
        current = runtimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(COMPETITION), Variables.createVariables()
                .putValue("competitionId", COMPETITION)
                .putValue("entryCloses", Date.from(ENTRY_CLOSES))
                .putValue("juryReminderDate", Date.from(JURY_REMINDER))
                .putValue("juryDeadline", Date.from(JURY_DEADLINE))
                .putValue("voteCloses", Date.from(voteCloses)));
        return current;
    }

    private ProcessInstance rankedCompetition() throws Exception {
        ProcessInstance competition = open(VOTE_CLOSES_BEFORE_JURY);
        fireTimersDueBy(JURY_DEADLINE);
        verify(rankEntries, times(1)).execute(any());
        assertThat(competition).isWaitingAtExactly("Task_ProposeResults");
        return competition;
    }

    /** The ids of the activities the competition passed, in the order they were entered. */
    private static List<String> passedInOrder(ProcessInstance competition) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(competition.getId())
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    /** Moves the test clock and executes the jobs due by then, as the job executor would. */
    private void fireTimersDueBy(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        // one at a time, earliest first, so that timers due by the same instant fire in the order of their dates
        Job due;
        while ((due = managementService().createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1)
                .stream().findFirst().orElse(null)) != null) {
            managementService().executeJob(due.getId());
        }
    }
}
