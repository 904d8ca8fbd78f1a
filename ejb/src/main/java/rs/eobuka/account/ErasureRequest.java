package rs.eobuka.account;

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
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;

/**
 * A person's request to be forgotten (ZZPL Art. 30); an administrator confirms or declines it in
 * the task inbox (the {@code data-erasure} process). The request itself names only the account,
 * which after the erasure holds no personal data.
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    @Id
    @SequenceGenerator(name = "erasure_request_seq", sequenceName = "erasure_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erasure_request_seq")
    private Long id;
    @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.ACCOUNT_LINK, key = SubjectKey.ACCOUNT_ID)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @Enumerated(EnumType.STRING)
    private ErasureRequestStatus status;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_comment")
    private String decisionComment;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected ErasureRequest() {
        // for JPA
    }

    public ErasureRequest(Account account, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.status = ErasureRequestStatus.REQUESTED;
        this.requestedAt = now;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decide(boolean confirmed, String admin, String comment, Instant now) {
        if (status != ErasureRequestStatus.REQUESTED) {
            throw new IllegalStateException("erasure request " + id + " was decided already");
        }
        status = confirmed ? ErasureRequestStatus.ERASED : ErasureRequestStatus.DECLINED;
        decidedBy = admin;
        decisionComment = comment;
        decidedAt = now;
    }

    public boolean isOpen() {
        return status == ErasureRequestStatus.REQUESTED;
    }

    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public ErasureRequestStatus getStatus() { return status; }
    public String getDecidedBy() { return decidedBy; }
    public String getDecisionComment() { return decisionComment; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getDecidedAt() { return decidedAt; }
}
