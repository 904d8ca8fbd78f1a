package rs.eobuka.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;
import rs.eobuka.account.Account;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;
import rs.eobuka.session.TrainingSession;

/**
 * One person's registration for one session, from receipt to attendance. State changes are
 * methods that check the current state; the seat counters they imply live on the session.
 */
@Entity
@Table(name = "registration")
// updates name the changed columns only: a state change touches two or three of many
@DynamicUpdate
public class Registration {

    @Id
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private TrainingSession session;
    @PersonalData(activity = ProcessingActivity.TRAINING_REGISTRATION, category = DataCategory.ACCOUNT_LINK, key = SubjectKey.ACCOUNT_ID)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;
    /** The account's id while active, else null; a unique constraint allows one active registration per session. */
    @PersonalData(activity = ProcessingActivity.TRAINING_REGISTRATION, category = DataCategory.ACCOUNT_LINK, key = SubjectKey.ACCOUNT_ID)
    @Column(name = "active_account_id")
    private Long activeAccountId;
    @Column(name = "lsgu_code")
    private String lsguCode;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    @Column(name = "waitlist_ticket")
    private Long waitlistTicket;
    @Column(name = "consent_at")
    private Instant consentAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "cancelled_by")
    private String cancelledBy;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_cause")
    private CancelCause cancelCause;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "attendance_by")
    private String attendanceBy;
    @Column(name = "attendance_at")
    private Instant attendanceAt;
    @Column(name = "certificate_code")
    private String certificateCode;
    private boolean escalated;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected Registration() {
    }

    /** A registration as received, with the moment the person consented to the processing of their data. */
    public Registration(TrainingSession session, Account account, Instant now) {
        this.session = Objects.requireNonNull(session);
        this.account = Objects.requireNonNull(account);
        this.activeAccountId = account.getId();
        this.lsguCode = account.getLsguCode();
        // counted as waiting until the process reserves a seat or a place in the queue
        this.status = RegistrationStatus.WAITLISTED;
        this.consentAt = now;
        this.createdAt = now;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void holdSeat() {
        this.status = RegistrationStatus.PENDING_APPROVAL;
        this.waitlistTicket = null;
    }

    public void waitlist(long ticket) {
        this.status = RegistrationStatus.WAITLISTED;
        this.waitlistTicket = ticket;
    }

    public void promote() {
        require(RegistrationStatus.WAITLISTED);
        holdSeat();
    }

    /** Records the organizer's decision; the process then confirms or rejects. */
    public void decide(String organizer, String reason, Instant now) {
        require(RegistrationStatus.PENDING_APPROVAL);
        this.decidedBy = organizer;
        this.decidedAt = now;
        this.rejectReason = reason;
    }

    public void confirm(Instant now) {
        require(RegistrationStatus.PENDING_APPROVAL);
        this.status = RegistrationStatus.CONFIRMED;
        this.confirmedAt = now;
    }

    public void reject() {
        require(RegistrationStatus.PENDING_APPROVAL);
        this.status = RegistrationStatus.REJECTED;
        this.activeAccountId = null;
    }

    public void cancel(String by, CancelCause cause, Instant now) {
        if (!status.isActive()) {
            throw new ConflictException("registration", "registration.notActive");
        }
        this.status = RegistrationStatus.CANCELLED;
        this.activeAccountId = null;
        this.waitlistTicket = null;
        this.cancelledBy = by;
        this.cancelCause = cause;
        this.cancelledAt = now;
    }

    public void recordAttendance(boolean attended, String organizer, Instant now) {
        require(RegistrationStatus.CONFIRMED);
        this.status = attended ? RegistrationStatus.ATTENDED : RegistrationStatus.NO_SHOW;
        this.activeAccountId = null;
        this.attendanceBy = organizer;
        this.attendanceAt = now;
    }

    public void issueCertificate(String code) {
        require(RegistrationStatus.ATTENDED);
        if (certificateCode == null) {
            this.certificateCode = code;
        }
    }

    public void markEscalated() {
        this.escalated = true;
    }

    public boolean isOwnedBy(String username) {
        return account.getUsername().equals(username);
    }

    private void require(RegistrationStatus expected) {
        if (status != expected) {
            throw new ConflictException("registration", "registration.wrongStatus", status.name());
        }
    }

    public Long getId() { return id; }
    public TrainingSession getSession() { return session; }
    public Account getAccount() { return account; }
    public String getLsguCode() { return lsguCode; }
    public RegistrationStatus getStatus() { return status; }
    public Long getWaitlistTicket() { return waitlistTicket; }
    public Instant getConsentAt() { return consentAt; }
    public Instant getCreatedAt() { return createdAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getRejectReason() { return rejectReason; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public String getCancelledBy() { return cancelledBy; }
    public Instant getCancelledAt() { return cancelledAt; }
    public CancelCause getCancelCause() { return cancelCause; }
    public String getAttendanceBy() { return attendanceBy; }
    public Instant getAttendanceAt() { return attendanceAt; }
    public String getCertificateCode() { return certificateCode; }
    public boolean isEscalated() { return escalated; }
    public String getProcessInstanceId() { return processInstanceId; }
}
