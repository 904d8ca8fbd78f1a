package rs.eobuka.impact;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;
import rs.eobuka.reference.Programme;

/**
 * An impact report. Its rules live here: only the author writes it and only while it is a draft
 * or returned; the figures are refreshed only then; nobody reviews their own report; a published
 * report never changes, and a correction is a new edition that names the one it replaces.
 */
@Entity
@Table(name = "impact_report")
public class ImpactReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "impact_report_seq")
    @SequenceGenerator(name = "impact_report_seq", sequenceName = "impact_report_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;
    @Column(name = "period_from")
    private LocalDate from;
    @Column(name = "period_to")
    private LocalDate to;
    private String region;
    @Column(name = "lsgu_code")
    private String lsguCode;
    @Enumerated(EnumType.STRING)
    private ImpactReportStatus status;
    private int edition;
    @Column(name = "replaces_id")
    private Long replacesId;
    @Column(name = "replaced_by_id")
    private Long replacedById;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    private String author;
    private String reviewer;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "review_escalated")
    private boolean reviewEscalated;
    private String figures;
    @Column(name = "figures_at")
    private Instant figuresAt;
    @Embedded
    @AttributeOverride(name = "srLatn", column = @Column(name = "findings_sr_latn"))
    @AttributeOverride(name = "srCyrl", column = @Column(name = "findings_sr_cyrl"))
    @AttributeOverride(name = "en", column = @Column(name = "findings_en"))
    private LocalizedText findings;
    @Embedded
    @AttributeOverride(name = "srLatn", column = @Column(name = "recommendations_sr_latn"))
    @AttributeOverride(name = "srCyrl", column = @Column(name = "recommendations_sr_cyrl"))
    @AttributeOverride(name = "en", column = @Column(name = "recommendations_en"))
    private LocalizedText recommendations;
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "impact_report_quote", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<ImpactQuote> quotes = new ArrayList<>();
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected ImpactReport() {
    }

    public ImpactReport(Programme programme, ImpactScope scope, String author, String figures, Instant now) {
        this.programme = Objects.requireNonNull(programme);
        this.from = scope.from();
        this.to = scope.to();
        this.region = scope.region();
        this.lsguCode = scope.lsguCode();
        this.author = Objects.requireNonNull(author);
        this.status = ImpactReportStatus.DRAFT;
        this.edition = 1;
        this.figures = Objects.requireNonNull(figures);
        this.figuresAt = now;
        this.createdAt = now;
    }

    /** A correction of a published report: the next edition, same scope, its text to start from. */
    public ImpactReport correction(String author, String figures, Instant now) {
        if (status != ImpactReportStatus.PUBLISHED) {
            throw new ConflictException("status", "impact.correctOnlyPublished");
        }
        if (replacedById != null) {
            throw new ConflictException("status", "impact.alreadyCorrected");
        }
        ImpactReport next = new ImpactReport(programme, scope(), author, figures, now);
        next.edition = edition + 1;
        next.replacesId = id;
        next.findings = findings;
        next.recommendations = recommendations;
        next.quotes.addAll(quotes);
        return next;
    }

    public ImpactScope scope() {
        return new ImpactScope(programme.getId(), from, to, region, lsguCode);
    }

    /** The author's text; only the author, only while it is a draft or returned. */
    public void write(String user, LocalizedText findings, LocalizedText recommendations, List<ImpactQuote> quotes) {
        requireAuthor(user);
        requireEditable();
        this.findings = findings;
        this.recommendations = recommendations;
        this.quotes.clear();
        this.quotes.addAll(quotes);
    }

    public void refreshFigures(String user, String figures, Instant now) {
        requireAuthor(user);
        requireEditable();
        this.figures = figures;
        this.figuresAt = now;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Whether the author may hand it in now: a draft or returned, with findings in Serbian Latin. */
    public void requireSubmittable() {
        requireEditable();
        if (findings == null || findings.getSrLatn() == null || findings.getSrLatn().isBlank()) {
            throw new rs.eobuka.platform.errors.RuleViolationException("findings", "impact.findingsRequired");
        }
    }

    /** The author hands it in; the figures are frozen from now on. */
    public void submit(Instant now) {
        requireSubmittable();
        this.status = ImpactReportStatus.IN_REVIEW;
        this.submittedAt = now;
        this.reviewEscalated = false;
    }

    /** The reviewer's verdict, before the process publishes or returns the report. */
    public void recordReview(String reviewer, String comment) {
        if (status != ImpactReportStatus.IN_REVIEW) {
            throw new ConflictException("status", "impact.notInReview");
        }
        if (reviewer.equals(author)) {
            throw new AccessDeniedException("impact.ownReport");
        }
        this.reviewer = reviewer;
        this.reviewComment = comment;
    }

    public void returnToAuthor() {
        if (status != ImpactReportStatus.IN_REVIEW) {
            throw new ConflictException("status", "impact.notInReview");
        }
        this.status = ImpactReportStatus.RETURNED;
    }

    public void publish(Instant now) {
        if (status != ImpactReportStatus.IN_REVIEW) {
            throw new ConflictException("status", "impact.notInReview");
        }
        this.status = ImpactReportStatus.PUBLISHED;
        this.publishedAt = now;
    }

    /** The edition that replaces this one, once it is published. */
    public void replacedBy(long correctionId) {
        this.replacedById = correctionId;
    }

    public void escalateReview() {
        this.reviewEscalated = true;
    }

    private void requireAuthor(String user) {
        if (!author.equals(user)) {
            throw new AccessDeniedException("impact.onlyAuthor");
        }
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new ConflictException("status", status == ImpactReportStatus.PUBLISHED ? "impact.published" : "impact.inReview");
        }
    }

    public boolean isPublished() {
        return status == ImpactReportStatus.PUBLISHED;
    }

    public Long getId() { return id; }
    public Programme getProgramme() { return programme; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public String getRegion() { return region; }
    public String getLsguCode() { return lsguCode; }
    public ImpactReportStatus getStatus() { return status; }
    public int getEdition() { return edition; }
    public Long getReplacesId() { return replacesId; }
    public Long getReplacedById() { return replacedById; }
    public String getAuthor() { return author; }
    public String getReviewer() { return reviewer; }
    public String getReviewComment() { return reviewComment; }
    public boolean isReviewEscalated() { return reviewEscalated; }
    public String getFigures() { return figures; }
    public Instant getFiguresAt() { return figuresAt; }
    public LocalizedText getFindings() { return findings; }
    public LocalizedText getRecommendations() { return recommendations; }
    public List<ImpactQuote> getQuotes() { return Collections.unmodifiableList(quotes); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public long getVersion() { return version; }
}
