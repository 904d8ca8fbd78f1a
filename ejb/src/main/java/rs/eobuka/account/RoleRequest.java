package rs.eobuka.account;

import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;
import rs.eobuka.platform.security.Role;
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

/**
 * A person asks for an organizer, evaluator or juror role; an admin decides in the task inbox
 * (the {@code role-request} process).
 */
@Entity
@Table(name = "role_request")
public class RoleRequest {

    @Id
    @SequenceGenerator(name = "role_request_seq", sequenceName = "role_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_request_seq")
    private Long id;
    @PersonalData(activity = ProcessingActivity.ACCOUNTS, category = DataCategory.ACCOUNT_LINK, key = SubjectKey.ACCOUNT_ID)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;
    @Enumerated(EnumType.STRING)
    @Column(name = "requested_role")
    private Role requestedRole;
    private String justification;
    @Enumerated(EnumType.STRING)
    private RoleRequestStatus status;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_comment")
    private String decisionComment;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected RoleRequest() {
        // for JPA
    }

    public RoleRequest(Account account, Role requestedRole, String justification, Instant now) {
        if (!requestedRole.isRequestable()) {
            throw new IllegalArgumentException(requestedRole + " cannot be requested");
        }
        this.account = Objects.requireNonNull(account);
        this.requestedRole = requestedRole;
        this.justification = Objects.requireNonNull(justification);
        this.status = RoleRequestStatus.PENDING;
        this.createdAt = now;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Records the admin's decision; granting the role itself is the process's next step. */
    void decide(boolean approved, String admin, String comment, Instant now) {
        if (status != RoleRequestStatus.PENDING) {
            throw new IllegalStateException("Role request " + id + " is already decided");
        }
        status = approved ? RoleRequestStatus.GRANTED : RoleRequestStatus.DECLINED;
        decidedBy = admin;
        decisionComment = comment;
        decidedAt = now;
    }

    public boolean isPending() {
        return status == RoleRequestStatus.PENDING;
    }

    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public Role getRequestedRole() { return requestedRole; }
    public String getJustification() { return justification; }
    public RoleRequestStatus getStatus() { return status; }
    public String getDecidedBy() { return decidedBy; }
    public String getDecisionComment() { return decisionComment; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDecidedAt() { return decidedAt; }
}
