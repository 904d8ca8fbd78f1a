package rs.eobuka.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.session.SessionFixtures;

class RegistrationTest {

    private final Instant now = SessionFixtures.NOW;

    private Registration received() {
        return new Registration(SessionFixtures.published(10), SessionFixtures.participant("milica", "Milica Službenica"), now);
    }

    private Registration pending() {
        Registration registration = received();
        registration.holdSeat();
        return registration;
    }

    private Registration confirmed() {
        Registration registration = pending();
        registration.decide("organizer", null, now);
        registration.confirm(now);
        return registration;
    }

    @Test
    void shouldNotConfirmAWaitlistedRegistration() {
        // Given a registration on the waiting list
        Registration registration = received();
        registration.waitlist(3);

        // When it is confirmed, then it is refused
        assertThatThrownBy(() -> registration.confirm(now)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> registration.decide("organizer", null, now)).isInstanceOf(ConflictException.class);
        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(registration.getWaitlistTicket()).isEqualTo(3);
    }

    @Test
    void shouldConfirmAPendingRegistration() {
        Registration registration = pending();

        registration.decide("organizer", null, now);
        registration.confirm(now);

        assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registration.getDecidedBy()).isEqualTo("organizer");
        assertThat(registration.getConfirmedAt()).isEqualTo(now);
    }

    @Test
    void shouldPromoteOnlyFromTheWaitingList() {
        Registration waiting = received();
        waiting.waitlist(1);
        waiting.promote();
        assertThat(waiting.getStatus()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        assertThat(waiting.getWaitlistTicket()).isNull();

        Registration confirmed = confirmed();
        assertThatThrownBy(confirmed::promote).isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldTreatCancellingAnEndedRegistrationAsConflict() {
        // Given a rejected registration and a cancelled one
        Registration rejected = pending();
        rejected.reject();
        Registration cancelled = pending();
        cancelled.cancel("milica", CancelCause.PARTICIPANT, now);

        // When either is cancelled (again), then it is a conflict
        assertThatThrownBy(() -> rejected.cancel("milica", CancelCause.PARTICIPANT, now)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.cancel("milica", CancelCause.PARTICIPANT, now)).isInstanceOf(ConflictException.class);
        assertThat(rejected.getStatus()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(cancelled.getCancelCause()).isEqualTo(CancelCause.PARTICIPANT);
    }

    @Test
    void shouldCancelEveryActiveState() {
        Registration waiting = received();
        waiting.waitlist(1);

        for (Registration registration : new Registration[] {pending(), waiting, confirmed()}) {
            registration.cancel("organizer", CancelCause.ORGANIZER, now);
            assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
            assertThat(registration.getWaitlistTicket()).isNull();
        }
    }

    @Test
    void shouldRecordAttendanceOnlyWhenConfirmed() {
        // Given a pending registration and a confirmed one
        Registration pending = pending();
        Registration confirmed = confirmed();

        // When attendance is recorded, then only the confirmed one takes it
        assertThatThrownBy(() -> pending.recordAttendance(true, "organizer", now)).isInstanceOf(ConflictException.class);
        confirmed.recordAttendance(false, "organizer", now);
        assertThat(confirmed.getStatus()).isEqualTo(RegistrationStatus.NO_SHOW);
        assertThat(confirmed.getAttendanceBy()).isEqualTo("organizer");
    }

    @Test
    void shouldIssueCertificateOnlyWhenAttended() {
        // Given a confirmed registration, a no-show, and an attendee
        Registration confirmed = confirmed();
        Registration noShow = confirmed();
        noShow.recordAttendance(false, "organizer", now);
        Registration attended = confirmed();
        attended.recordAttendance(true, "organizer", now);

        // When certificates are issued, then only the attendee gets one, and keeps the first code
        assertThatThrownBy(() -> confirmed.issueCertificate("ABCDE12345")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> noShow.issueCertificate("ABCDE12345")).isInstanceOf(ConflictException.class);
        attended.issueCertificate("ABCDE12345");
        attended.issueCertificate("ZZZZZ99999");
        assertThat(attended.getCertificateCode()).isEqualTo("ABCDE12345");
        assertThat(confirmed.getCertificateCode()).isNull();
    }

    @Test
    void shouldBeOwnedByItsAccountOnly() {
        Registration registration = received();

        assertThat(registration.isOwnedBy("milica")).isTrue();
        assertThat(registration.isOwnedBy("someone-else")).isFalse();
    }
}
