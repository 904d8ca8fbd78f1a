package rs.eobuka.caravan;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;
import rs.eobuka.reference.LocalSelfGovernmentUnit;

/**
 * One day of the Digital Caravan in one LSGU: a programme of parts (workshops and trainings,
 * a promotional part, Digital Corner hours) and, after the day, the event report.
 */
@Entity
@Table(name = "caravan_event")
public class CaravanEvent {

    @Id
    @SequenceGenerator(name = "caravan_event_seq", sequenceName = "caravan_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "caravan_event_seq")
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "lsgu_code")
    private LocalSelfGovernmentUnit lsgu;
    @Column(name = "event_day")
    private LocalDate day;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private CaravanEventStatus status;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "report_participants")
    private Integer reportParticipants;
    @Column(name = "report_citizens")
    private Integer reportCitizens;
    @Column(name = "report_issues")
    private String reportIssues;
    @Column(name = "report_next_time")
    private String reportNextTime;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "report_filed_by")
    private String reportFiledBy;
    @Column(name = "report_filed_at")
    private Instant reportFiledAt;
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CaravanPart> parts = new ArrayList<>();
    @Version
    private long version;

    protected CaravanEvent() {
    }

    CaravanEvent(String createdBy, Instant now) {
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
        this.status = CaravanEventStatus.PLANNED;
    }

    void describe(LocalSelfGovernmentUnit lsgu, LocalDate day, String title, String description) {
        requireStatus(CaravanEventStatus.PLANNED);
        this.lsgu = Objects.requireNonNull(lsgu);
        this.day = Objects.requireNonNull(day);
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    CaravanPart addPart(CaravanPartKind kind, String partTitle) {
        CaravanPart part = new CaravanPart(this, parts.size(), kind, partTitle);
        parts.add(part);
        return part;
    }

    void clearParts() {
        parts.clear();
    }

    void cancel(String reason) {
        requireStatus(CaravanEventStatus.PLANNED);
        this.status = CaravanEventStatus.CANCELLED;
        this.cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Files (or corrects) the report of a day that has come; the event is then held. */
    void fileReport(int participants, int citizens, String issues, String nextTime, String user, LocalDate today, Instant now) {
        if (status == CaravanEventStatus.CANCELLED) {
            throw new RuleViolationException(null, "caravan.event.cancelled");
        }
        if (day.isAfter(today)) {
            throw new RuleViolationException("day", "caravan.report.notYet");
        }
        this.status = CaravanEventStatus.HELD;
        this.reportParticipants = participants;
        this.reportCitizens = citizens;
        this.reportIssues = issues == null || issues.isBlank() ? null : issues.strip();
        this.reportNextTime = nextTime == null || nextTime.isBlank() ? null : nextTime.strip();
        this.reportFiledBy = Objects.requireNonNull(user);
        this.reportFiledAt = now;
    }

    void requireStatus(CaravanEventStatus expected) {
        if (status != expected) {
            throw new RuleViolationException(null, "caravan.event.notPlanned");
        }
    }

    public boolean isReportFiled() {
        return reportFiledAt != null;
    }

    public CaravanStop stop() {
        return new CaravanStop(id, lsgu.getCode(), day, title);
    }

    public Long getId() { return id; }
    public LocalSelfGovernmentUnit getLsgu() { return lsgu; }
    public LocalDate getDay() { return day; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public CaravanEventStatus getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Integer getReportParticipants() { return reportParticipants; }
    public Integer getReportCitizens() { return reportCitizens; }
    public String getReportIssues() { return reportIssues; }
    public String getReportNextTime() { return reportNextTime; }
    public String getReportFiledBy() { return reportFiledBy; }
    public Instant getReportFiledAt() { return reportFiledAt; }
    public List<CaravanPart> getParts() { return Collections.unmodifiableList(parts); }
    public long getVersion() { return version; }
}
