package rs.eobuka.caravan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.NotPersonalData;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;

/**
 * One citizen helped at an event's Digital Corner. The device names the tap ({@code clientTapId}),
 * unique within the event, so sending it again never counts it twice. A tap can be taken back
 * within {@link #UNDO_WINDOW} of when it was made; it then stays, marked undone.
 */
@NotPersonalData(columns = "client_tap_id", why = "a random id the organizer's device gives a tap so that a retry is counted once")
@Entity
@Table(name = "corner_tap")
public class CornerTap {

    public static final Duration UNDO_WINDOW = Duration.ofMinutes(1);

    @Id
    @SequenceGenerator(name = "corner_tap_seq", sequenceName = "corner_tap_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "corner_tap_seq")
    private Long id;
    @Column(name = "event_id")
    private long eventId;
    @Column(name = "client_tap_id")
    private String clientTapId;
    @Enumerated(EnumType.STRING)
    private CornerService service;
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;
    @Column(name = "device_help")
    private Boolean deviceHelp;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "tapped_at")
    private LocalDateTime tappedAt;
    @Column(name = "received_at")
    private LocalDateTime receivedAt;
    @Column(name = "undone_at")
    private LocalDateTime undoneAt;

    protected CornerTap() {
    }

    CornerTap(long eventId, TapInput tap, String recordedBy, LocalDateTime tappedAt, LocalDateTime receivedAt) {
        this.eventId = eventId;
        this.clientTapId = tap.clientTapId();
        this.service = tap.service();
        this.note = tap.note() == null || tap.note().isBlank() ? null : tap.note().strip();
        this.ageBand = tap.ageBand();
        this.deviceHelp = tap.deviceHelp();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.tappedAt = tappedAt;
        this.receivedAt = receivedAt;
    }

    /** Takes the tap back; a second undo changes nothing. */
    void undo(LocalDateTime now) {
        if (undoneAt != null) {
            return;
        }
        if (now.isAfter(tappedAt.plus(UNDO_WINDOW))) {
            throw new ConflictException("clientTapId", "caravan.tally.undoTooLate");
        }
        undoneAt = now;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    public Long getId() { return id; }
    public long getEventId() { return eventId; }
    public String getClientTapId() { return clientTapId; }
    public CornerService getService() { return service; }
    public String getNote() { return note; }
    public AgeBand getAgeBand() { return ageBand; }
    public Boolean getDeviceHelp() { return deviceHelp; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getTappedAt() { return tappedAt; }
    public LocalDateTime getReceivedAt() { return receivedAt; }
    public LocalDateTime getUndoneAt() { return undoneAt; }
}
