package rs.eobuka.competition;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;

/**
 * A citizen's entry to a competition: who sent it (no account: a name and an address, kept for
 * the e-mails of the competition only), from which campaign municipality, and what it is; its
 * way through confirmation and moderation, and the jury's score once the jury has scored it.
 */
@Entity
@Table(name = "competition_entry")
public class CompetitionEntry {

    @Id
    @SequenceGenerator(name = "competition_entry_seq", sequenceName = "competition_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competition_entry_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    private Competition competition;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private CompetitionCategory category;
    @Column(name = "lsgu_code")
    private String lsguCode;
    @PersonalData(activity = ProcessingActivity.COMPETITION_ENTRIES, category = DataCategory.IDENTITY)
    @Column(name = "entrant_name")
    private String entrantName;
    @PersonalData(activity = ProcessingActivity.COMPETITION_ENTRIES, category = DataCategory.CONTACT, key = SubjectKey.EMAIL)
    private String email;
    private String language;
    private String title;
    @PersonalData(activity = ProcessingActivity.COMPETITION_ENTRIES, category = DataCategory.CONTENT)
    private String description;
    private String links;
    @Enumerated(EnumType.STRING)
    private EntryStatus status;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "confirmation_hash")
    private String confirmationHash;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "moderated_at")
    private Instant moderatedAt;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "moderated_by")
    private String moderatedBy;
    @Column(name = "jury_score")
    private BigDecimal juryScore;
    @Column(name = "jury_scorers")
    private int juryScorers;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    private long version;

    protected CompetitionEntry() {
        // for JPA
    }

    CompetitionEntry(CompetitionCategory category, EntryDraft draft, Language language, String confirmationHash, Instant now) {
        this.competition = category.getCompetition();
        this.category = category;
        this.lsguCode = draft.lsguCode().strip();
        this.entrantName = draft.name().strip();
        this.email = EntryDraft.normalisedEmail(draft.email());
        this.language = language.tag();
        this.title = draft.title().strip();
        this.description = draft.description().strip();
        this.links = draft.links().isEmpty() ? null : String.join("\n", draft.links());
        this.status = EntryStatus.AWAITING_CONFIRMATION;
        this.confirmationHash = confirmationHash;
        this.submittedAt = now;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void confirmed(Instant now) {
        this.confirmedAt = now;
    }

    /** Confirmed at that moment and awaiting moderation: for a demo seed writing history ({@link EntryService#confirm} updates the row instead). */
    void confirmedAwaitingModeration(Instant at) {
        this.status = EntryStatus.AWAITING_MODERATION;
        this.confirmedAt = at;
    }

    /** The moderation's decision; an accepted entry is published by the process's next step ({@link #published}). */
    void moderated(boolean accepted, String reason, String organizer, Instant now) {
        this.status = accepted ? status : EntryStatus.REJECTED;
        this.rejectReason = accepted ? null : reason;
        this.moderatedBy = organizer;
        this.moderatedAt = now;
    }

    void published() {
        this.status = EntryStatus.PUBLISHED;
    }

    void scored(BigDecimal score, int scorers) {
        this.juryScore = score;
        this.juryScorers = scorers;
    }

    public Long getId() {
        return id;
    }

    public Competition getCompetition() {
        return competition;
    }

    public CompetitionCategory getCategory() {
        return category;
    }

    public String getLsguCode() {
        return lsguCode;
    }

    public String getEntrantName() {
        return entrantName;
    }

    public String getEmail() {
        return email;
    }

    public Language getLanguage() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getLinks() {
        return links == null ? List.of() : Arrays.asList(links.split("\n"));
    }

    public EntryStatus getStatus() {
        return status;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public BigDecimal getJuryScore() {
        return juryScore;
    }

    public int getJuryScorers() {
        return juryScorers;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
