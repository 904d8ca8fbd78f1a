package rs.eobuka.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.NotPersonalData;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;
import rs.eobuka.reference.LocalSelfGovernmentUnit;

/**
 * One dated run of a training in a municipality. It keeps its own seat counters, changed only
 * while its row is locked (see {@code WaitingListService}), so that pending plus confirmed
 * registrations never exceed the capacity whatever the load; the database checks it too.
 */
@NotPersonalData(columns = "address", why = "where the session is held")
@Entity
@Table(name = "training_session")
// updates name the changed columns only: a state change touches two or three of many
@DynamicUpdate
public class TrainingSession {

    @Id
    @SequenceGenerator(name = "training_session_seq", sequenceName = "training_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
    private Long id;
    // Training and LSGU come from the second-level cache: a separate load (which the cache
    // answers), not a join that would read them, their texts and collections with every session
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "training_id")
    private Training training;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "lsgu_code")
    private LocalSelfGovernmentUnit lsgu;
    private String venue;
    private String address;
    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    @Column(name = "ends_at")
    private LocalDateTime endsAt;
    @Column(name = "registration_deadline")
    private LocalDateTime registrationDeadline;
    private int capacity;
    @Column(name = "lsgu_quota")
    private Integer lsguQuota;
    private String trainers;
    @Enumerated(EnumType.STRING)
    private SessionStatus status;
    @Column(name = "seats_taken")
    private int seatsTaken;
    private int waitlisted;
    @Column(name = "waitlist_tickets")
    private long waitlistTickets;
    // A separate load that the second-level cache answers, so that taking the session's row lock
    // (WaitingListService) reads one row in one statement, not a join with its audiences.
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "session_audience", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "audience_type")
    @Enumerated(EnumType.STRING)
    private Set<OrganisationType> audienceTypes = EnumSet.noneOf(OrganisationType.class);
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "proposed_by")
    private String proposedBy;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "cancelled_by")
    private String cancelledBy;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "lsgu_only")
    private boolean lsguOnly;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Version
    private long version;

    protected TrainingSession() {
    }

    public TrainingSession(Training training, String proposedBy, Instant now) {
        this.training = Objects.requireNonNull(training);
        this.proposedBy = Objects.requireNonNull(proposedBy);
        this.status = SessionStatus.PROPOSED;
        this.createdAt = now;
    }

    /** Sets what the proposer planned; allowed until the session is published. */
    public void plan(SessionPlan plan, LocalSelfGovernmentUnit lsgu) {
        if (status == SessionStatus.PUBLISHED || status == SessionStatus.CANCELLED) {
            throw new ConflictException("session", "session.notEditable");
        }
        this.lsgu = Objects.requireNonNull(lsgu);
        this.venue = plan.venue().strip();
        this.address = plan.address() == null || plan.address().isBlank() ? null : plan.address().strip();
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.registrationDeadline = plan.registrationDeadline();
        this.capacity = plan.capacity();
        this.lsguQuota = plan.lsguQuota();
        this.trainers = plan.trainers() == null || plan.trainers().isBlank() ? null : plan.trainers().strip();
        this.audienceTypes.clear();
        this.audienceTypes.addAll(plan.audienceTypes() == null || plan.audienceTypes().isEmpty()
                ? training.getAudienceTypes() : plan.audienceTypes());
    }

    /** Only people of the session's own LSGU may register (a workshop whose requester asked for it). */
    public void limitToLsgu() {
        this.lsguOnly = true;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The reviewer's verdict, recorded before the process publishes or returns the session. */
    public void recordReview(String reviewer, String comment) {
        requireStatus(SessionStatus.PROPOSED);
        if (reviewer.equals(proposedBy)) {
            throw new AccessDeniedException("session.review.ownProposal");
        }
        this.reviewedBy = reviewer;
        this.reviewComment = comment;
    }

    public void publish(Instant now) {
        requireStatus(SessionStatus.PROPOSED);
        this.status = SessionStatus.PUBLISHED;
        this.publishedAt = now;
    }

    public void returnToProposer() {
        requireStatus(SessionStatus.PROPOSED);
        this.status = SessionStatus.RETURNED;
    }

    /** The proposer sends the revised session back for review. */
    public void resubmit() {
        requireStatus(SessionStatus.RETURNED);
        this.status = SessionStatus.PROPOSED;
    }

    public void cancel(String reason, String by, Instant now) {
        requireStatus(SessionStatus.PUBLISHED);
        this.status = SessionStatus.CANCELLED;
        this.cancelReason = reason;
        this.cancelledBy = by;
        this.cancelledAt = now;
    }

    /** Takes a seat if one is free; the caller holds the row lock. */
    public boolean takeSeat() {
        if (seatsTaken >= capacity) {
            return false;
        }
        seatsTaken++;
        return true;
    }

    /** Hands out the next waiting-list ticket; tickets order the list first come, first served. */
    public long joinWaitingList() {
        waitlisted++;
        return ++waitlistTickets;
    }

    public void leaveWaitingList() {
        if (waitlisted > 0) {
            waitlisted--;
        }
    }

    public void releaseSeat() {
        if (seatsTaken > 0) {
            seatsTaken--;
        }
    }

    /** Moves one person from the waiting list onto a free seat. */
    public void promoteFromWaitingList() {
        if (seatsTaken >= capacity || waitlisted == 0) {
            throw new ConflictException("session", "roster.noFreeSeat");
        }
        seatsTaken++;
        waitlisted--;
    }

    public boolean hasFreeSeat() {
        return seatsTaken < capacity;
    }

    public int getSeatsLeft() {
        return Math.max(0, capacity - seatsTaken);
    }

    public boolean isOpenForRegistration(LocalDateTime now) {
        return status == SessionStatus.PUBLISHED && now.isBefore(startsAt);
    }

    /** Attendance is marked from the day the session starts. */
    public boolean hasStarted(LocalDateTime now) {
        return !now.toLocalDate().isBefore(startsAt.toLocalDate());
    }

    private void requireStatus(SessionStatus expected) {
        if (status != expected) {
            throw new ConflictException("session", "session.wrongStatus", status.name());
        }
    }

    /** How the booking calendar names the session: its training and city ("eBolovanje, Čačak"). */
    public String calendarLabel() {
        return training.title(rs.eobuka.platform.i18n.Language.DEFAULT) + ", " + lsgu.getNameLatn();
    }

    /** The topic the booking calendar files the session under: the first of its training's topics. */
    public Topic mainTopic() {
        return training.getTopics().stream().sorted().findFirst().orElse(null);
    }

    public boolean isLsguOnly() { return lsguOnly; }
    public Long getId() { return id; }
    public Training getTraining() { return training; }
    public LocalSelfGovernmentUnit getLsgu() { return lsgu; }
    public String getVenue() { return venue; }
    public String getAddress() { return address; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public LocalDateTime getRegistrationDeadline() { return registrationDeadline; }
    public int getCapacity() { return capacity; }
    public Integer getLsguQuota() { return lsguQuota; }
    public String getTrainers() { return trainers; }
    public SessionStatus getStatus() { return status; }
    public int getSeatsTaken() { return seatsTaken; }
    public int getWaitlisted() { return waitlisted; }
    public Set<OrganisationType> getAudienceTypes() { return Set.copyOf(audienceTypes); }
    public String getProposedBy() { return proposedBy; }
    public String getReviewedBy() { return reviewedBy; }
    public String getReviewComment() { return reviewComment; }
    public String getCancelReason() { return cancelReason; }
    public String getCancelledBy() { return cancelledBy; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getCancelledAt() { return cancelledAt; }
}
