package rs.eobuka.platform.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One view of personal data: who, what kind, whose, when; never what was shown, and never changed. */
@Entity
@Immutable
@Table(name = "access_log")
public class AccessRecord {

    @Id
    @SequenceGenerator(name = "access_log_seq", sequenceName = "access_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_seq")
    private Long id;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    private String viewer;
    @Enumerated(EnumType.STRING)
    private AccessKind kind;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.ACCOUNT_LINK)
    private String subject;
    @Column(name = "viewed_at")
    private Instant viewedAt;

    protected AccessRecord() {
        // for JPA
    }

    AccessRecord(String viewer, AccessKind kind, String subject, Instant viewedAt) {
        this.viewer = viewer;
        this.kind = kind;
        this.subject = subject;
        this.viewedAt = viewedAt;
    }

    public Long getId() { return id; }
    public String getViewer() { return viewer; }
    public AccessKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public Instant getViewedAt() { return viewedAt; }
}
