package rs.eobuka.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;

/**
 * One line of a competition's audit trail: who did what to which entry, and when. Written in the
 * transaction of the act itself, never changed; an organizer exports it to re-count a result.
 */
@Entity
@Table(name = "competition_audit")
public class CompetitionAudit {

    /** What happened. */
    public enum Action {
        COMPETITION_CREATED, ENTRY_SUBMITTED, ENTRY_CONFIRMED, ENTRY_DISCARDED, ENTRY_ACCEPTED, ENTRY_REJECTED, ENTRIES_CLOSED,
        JURORS_ASSIGNED, CONFLICT_DECLARED, ENTRY_SCORED, JURY_SCORE_RECORDED, VOTE_CAST, VOTE_CONFIRMED, VOTE_CLOSED,
        RESULTS_RANKED, RESULTS_PROPOSED, RESULTS_RETURNED, RESULTS_APPROVED
    }

    @Id
    @SequenceGenerator(name = "competition_audit_seq", sequenceName = "competition_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competition_audit_seq")
    private Long id;
    @Column(name = "competition_id")
    private long competitionId;
    @Column(name = "entry_id")
    private Long entryId;
    private Instant at;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    private String actor;
    private String action;
    private String detail;

    protected CompetitionAudit() {
        // for JPA
    }

    CompetitionAudit(long competitionId, Long entryId, String actor, Action action, String detail, Instant at) {
        this.competitionId = competitionId;
        this.entryId = entryId;
        this.actor = actor;
        this.action = action.name();
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public long getCompetitionId() {
        return competitionId;
    }

    public Long getEntryId() {
        return entryId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
