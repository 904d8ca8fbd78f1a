package rs.eobuka.booking;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;
import rs.eobuka.session.Topic;

/**
 * One trainer or one venue held from {@code startsAt} to {@code endsAt} by a session, a workshop or
 * a caravan event. Released bookings stay (inactive) so the calendar's history is kept.
 */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @SequenceGenerator(name = "booking_seq", sequenceName = "booking_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "trainer_id")
    private Trainer trainer;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    private Venue venue;
    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    @Column(name = "ends_at")
    private LocalDateTime endsAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind")
    private HolderKind holderKind;
    @Column(name = "holder_id")
    private long holderId;
    private String label;
    @Column(name = "lsgu_code")
    private String lsguCode;
    @Enumerated(EnumType.STRING)
    private Topic topic;
    private boolean active;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "released_at")
    private Instant releasedAt;

    protected Booking() {
    }

    Booking(Trainer trainer, Venue venue, BookingRequest request, String createdBy, Instant now) {
        this.trainer = trainer;
        this.venue = venue;
        this.startsAt = request.startsAt();
        this.endsAt = request.endsAt();
        this.holderKind = request.holderKind();
        this.holderId = request.holderId();
        this.label = request.label();
        this.lsguCode = request.lsguCode();
        this.topic = request.topic();
        this.active = true;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
    }

    void release(Instant now) {
        if (active) {
            active = false;
            releasedAt = now;
        }
    }

    /** Whether this booking holds a trainer (else a venue). */
    public boolean isTrainerBooking() {
        return trainer != null;
    }

    /** The booked trainer's or venue's name. */
    public String getResourceName() {
        return trainer != null ? trainer.getFullName() : venue.getName();
    }

    public Long getId() { return id; }
    public Trainer getTrainer() { return trainer; }
    public Venue getVenue() { return venue; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public HolderKind getHolderKind() { return holderKind; }
    public long getHolderId() { return holderId; }
    public String getLabel() { return label; }
    public String getLsguCode() { return lsguCode; }
    public Topic getTopic() { return topic; }
    public boolean isActive() { return active; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReleasedAt() { return releasedAt; }
}
