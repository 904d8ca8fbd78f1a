package rs.eobuka.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.ConflictException;

class TrainingSessionTest {

    @Test
    void shouldTakeSeatsUntilFull() {
        // Given a published session with three seats
        TrainingSession session = SessionFixtures.published(3);

        // When four people ask for a seat
        boolean first = session.takeSeat();
        boolean second = session.takeSeat();
        boolean third = session.takeSeat();
        boolean fourth = session.takeSeat();

        // Then the first three get one and the session is full
        assertThat(first).isTrue();
        assertThat(second).isTrue();
        assertThat(third).isTrue();
        assertThat(fourth).isFalse();
        assertThat(session.getSeatsTaken()).isEqualTo(3);
        assertThat(session.getSeatsLeft()).isZero();
        assertThat(session.hasFreeSeat()).isFalse();
    }

    @Test
    void shouldHandOutIncreasingWaitingListTickets() {
        // Given a full session
        TrainingSession session = SessionFixtures.published(1);
        session.takeSeat();

        // When three people join the waiting list
        long first = session.joinWaitingList();
        long second = session.joinWaitingList();
        long third = session.joinWaitingList();

        // Then their tickets keep the order they came in
        assertThat(first).isLessThan(second);
        assertThat(second).isLessThan(third);
        assertThat(session.getWaitlisted()).isEqualTo(3);
    }

    @Test
    void shouldNotReuseTicketsWhenSomeoneLeavesTheWaitingList() {
        // Given two on the waiting list, and the first leaves
        TrainingSession session = SessionFixtures.published(1);
        session.takeSeat();
        long first = session.joinWaitingList();
        session.joinWaitingList();
        session.leaveWaitingList();

        // When someone else joins
        long next = session.joinWaitingList();

        // Then the new ticket is after every ticket handed out before
        assertThat(next).isGreaterThan(first + 1);
        assertThat(session.getWaitlisted()).isEqualTo(2);
    }

    @Test
    void shouldRefusePromotionWithoutFreeSeat() {
        // Given a full session with someone waiting
        TrainingSession session = SessionFixtures.published(1);
        session.takeSeat();
        session.joinWaitingList();

        // When the head of the waiting list is promoted, then it is refused
        assertThatThrownBy(session::promoteFromWaitingList).isInstanceOf(ConflictException.class);
        assertThat(session.getSeatsTaken()).isEqualTo(1);
        assertThat(session.getWaitlisted()).isEqualTo(1);
    }

    @Test
    void shouldPromoteOntoAFreedSeat() {
        // Given a full session with someone waiting, and a seat given back
        TrainingSession session = SessionFixtures.published(1);
        session.takeSeat();
        session.joinWaitingList();
        session.releaseSeat();

        // When the head of the waiting list is promoted
        session.promoteFromWaitingList();

        // Then the seat is taken again and nobody waits
        assertThat(session.getSeatsTaken()).isEqualTo(1);
        assertThat(session.getWaitlisted()).isZero();
    }

    @Test
    void shouldRefusePromotionWhenNobodyWaits() {
        TrainingSession session = SessionFixtures.published(2);

        assertThatThrownBy(session::promoteFromWaitingList).isInstanceOf(ConflictException.class);
        assertThat(session.getSeatsTaken()).isZero();
    }

    @Test
    void shouldGoFromProposedToPublishedToCancelled() {
        // Given a proposal
        TrainingSession session = SessionFixtures.proposed(10, "organizer");
        assertThat(session.getStatus()).isEqualTo(SessionStatus.PROPOSED);

        // When another organizer approves it, it is published
        session.recordReview("coordinator", null);
        session.publish(SessionFixtures.NOW);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.PUBLISHED);
        assertThat(session.getReviewedBy()).isEqualTo("coordinator");
        assertThat(session.isOpenForRegistration(SessionFixtures.START.minusDays(1))).isTrue();

        // When it is cancelled, it is closed for registration and keeps the reason and who cancelled it
        session.cancel("Predavač je bolestan", "organizer", SessionFixtures.NOW);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.getCancelReason()).isEqualTo("Predavač je bolestan");
        assertThat(session.getCancelledBy()).isEqualTo("organizer");
        assertThat(session.isOpenForRegistration(SessionFixtures.START.minusDays(1))).isFalse();
    }

    @Test
    void shouldNotCancelAProposalOrPublishTwice() {
        TrainingSession proposal = SessionFixtures.proposed(10, "organizer");
        assertThatThrownBy(() -> proposal.cancel("reason", "organizer", SessionFixtures.NOW)).isInstanceOf(ConflictException.class);

        TrainingSession published = SessionFixtures.published(10);
        assertThatThrownBy(() -> published.publish(SessionFixtures.NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldGoBackToReviewAfterReturnAndRevision() {
        TrainingSession session = SessionFixtures.proposed(10, "organizer");

        session.recordReview("coordinator", "Dodajte adresu");
        session.returnToProposer();
        assertThat(session.getStatus()).isEqualTo(SessionStatus.RETURNED);

        session.resubmit();
        assertThat(session.getStatus()).isEqualTo(SessionStatus.PROPOSED);
    }

    @Test
    void shouldNotLetTheProposerReviewTheirOwnProposal() {
        // Given a session proposed by "organizer"
        TrainingSession session = SessionFixtures.proposed(10, "organizer");

        // When the proposer reviews it, then it is refused and nothing is recorded
        assertThatThrownBy(() -> session.recordReview("organizer", null)).isInstanceOf(AccessDeniedException.class);
        assertThat(session.getReviewedBy()).isNull();
        assertThat(session.getStatus()).isEqualTo(SessionStatus.PROPOSED);
    }

    @Test
    void shouldCountAttendanceFromTheStartDay() {
        TrainingSession session = SessionFixtures.published(10);

        assertThat(session.hasStarted(SessionFixtures.START.minusDays(1))).isFalse();
        assertThat(session.hasStarted(SessionFixtures.START.toLocalDate().atStartOfDay())).isTrue();
        assertThat(session.hasStarted(SessionFixtures.START.plusDays(3))).isTrue();
    }
}
