package rs.eobuka.competition;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import rs.eobuka.campaign.Campaign;
import rs.eobuka.campaign.CampaignTrack;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalColumn;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;
import rs.eobuka.platform.security.OneUseTokens;

/**
 * A campaign's public competition: its categories and the jury's criteria, its jurors, and its
 * windows in Serbian local time (entries, the jury's deadline, the public vote), with the weight
 * of the public vote in the final ranking and where its results stand.
 */
@PersonalColumn(table = "competition_juror", column = "username", activity = ProcessingActivity.COMPETITION_JURY, category = DataCategory.IDENTITY,
        key = SubjectKey.USERNAME)
@PersonalColumn(table = "competition_conflict", column = "juror", activity = ProcessingActivity.COMPETITION_JURY, category = DataCategory.IDENTITY,
        key = SubjectKey.USERNAME)
@PersonalColumn(table = "competition_score", column = "juror", activity = ProcessingActivity.COMPETITION_JURY, category = DataCategory.IDENTITY,
        key = SubjectKey.USERNAME)
@PersonalColumn(table = "competition_scoring", column = "juror", activity = ProcessingActivity.COMPETITION_JURY, category = DataCategory.IDENTITY,
        key = SubjectKey.USERNAME)
@PersonalColumn(table = "competition_scoring", column = "comment", activity = ProcessingActivity.COMPETITION_JURY, category = DataCategory.CONTENT)
@Entity
@Table(name = "competition")
public class Competition {

    @Id
    @SequenceGenerator(name = "competition_seq", sequenceName = "competition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competition_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "title_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "title_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "rules_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "rules_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "rules_en"))})
    private LocalizedText rules;
    @Column(name = "entry_opens")
    private LocalDateTime entryOpens;
    @Column(name = "entry_closes")
    private LocalDateTime entryCloses;
    @Column(name = "jury_deadline")
    private LocalDateTime juryDeadline;
    @Column(name = "vote_opens")
    private LocalDateTime voteOpens;
    @Column(name = "vote_closes")
    private LocalDateTime voteCloses;
    @Column(name = "public_vote_weight")
    private BigDecimal publicVoteWeight;
    @Enumerated(EnumType.STRING)
    @Column(name = "results_status")
    private ResultsStatus resultsStatus = ResultsStatus.NONE;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "results_proposed_by")
    private String resultsProposedBy;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "results_approved_by")
    private String resultsApprovedBy;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    /** Salts the hashes of voters' addresses, so that the hashes of one competition say nothing about another's. */
    @Column(name = "vote_salt")
    private String voteSalt;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @OneToMany(mappedBy = "competition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CompetitionCategory> categories = new ArrayList<>();
    @OneToMany(mappedBy = "competition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CompetitionCriterion> criteria = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "competition_juror", joinColumns = @JoinColumn(name = "competition_id"))
    @Column(name = "username")
    private Set<String> jurors = new TreeSet<>();
    @Version
    private long version;

    protected Competition() {
        // for JPA
    }

    Competition(Campaign campaign, CompetitionDraft draft, String createdBy, Instant now) {
        this.campaign = campaign;
        this.title = draft.title();
        this.rules = draft.rules();
        this.entryOpens = draft.entryOpens();
        this.entryCloses = draft.entryCloses();
        this.juryDeadline = draft.juryDeadline();
        this.voteOpens = draft.voteOpens();
        this.voteCloses = draft.voteCloses();
        this.publicVoteWeight = draft.publicVoteWeight();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.voteSalt = OneUseTokens.newToken();
        int position = 0;
        for (CompetitionDraft.Category category : draft.categories()) {
            categories.add(new CompetitionCategory(this, position++, category.code(), category.name(), category.track(), category.prize()));
        }
        position = 0;
        for (CompetitionDraft.Criterion criterion : draft.criteria()) {
            criteria.add(new CompetitionCriterion(this, position++, criterion.code(), criterion.name(), criterion.weight()));
        }
        jurors.addAll(draft.jurors());
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void resultsProposed(String organizer) {
        this.resultsStatus = ResultsStatus.PROPOSED;
        this.resultsProposedBy = organizer;
    }

    void resultsReturned() {
        this.resultsStatus = ResultsStatus.NONE;
        this.resultsProposedBy = null;
    }

    /** A second organizer approved the results; the process's next step publishes them ({@link #resultsPublished}). */
    void resultsApproved(String organizer) {
        this.resultsApprovedBy = organizer;
    }

    void resultsPublished() {
        this.resultsStatus = ResultsStatus.APPROVED;
    }

    String getVoteSalt() {
        return voteSalt;
    }

    public CompetitionPhase phaseAt(LocalDateTime now) {
        return CompetitionPhase.of(this, now);
    }

    public boolean isVoteOpen(LocalDateTime now) {
        return !now.isBefore(voteOpens) && now.isBefore(voteCloses);
    }

    public Optional<CompetitionCategory> category(String code) {
        return categories.stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    public Optional<CompetitionCriterion> criterion(long criterionId) {
        return criteria.stream().filter(c -> c.getId() == criterionId).findFirst();
    }

    /** The campaign's LSGUs on a track: where a category's entrants may come from. */
    public Set<String> lsgusOf(CampaignTrack track) {
        Set<String> codes = new TreeSet<>();
        campaign.getMunicipalities().stream().filter(m -> m.getTrack() == track).forEach(m -> codes.add(m.getLsguCode()));
        return codes;
    }

    public boolean isJuror(String username) {
        return jurors.contains(username);
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getRules() {
        return rules;
    }

    public LocalDateTime getEntryOpens() {
        return entryOpens;
    }

    public LocalDateTime getEntryCloses() {
        return entryCloses;
    }

    public LocalDateTime getJuryDeadline() {
        return juryDeadline;
    }

    public LocalDateTime getVoteOpens() {
        return voteOpens;
    }

    public LocalDateTime getVoteCloses() {
        return voteCloses;
    }

    public BigDecimal getPublicVoteWeight() {
        return publicVoteWeight;
    }

    public ResultsStatus getResultsStatus() {
        return resultsStatus;
    }

    public String getResultsProposedBy() {
        return resultsProposedBy;
    }

    public String getResultsApprovedBy() {
        return resultsApprovedBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<CompetitionCategory> getCategories() {
        return List.copyOf(categories);
    }

    public List<CompetitionCriterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public Collection<String> getJurors() {
        return Set.copyOf(jurors);
    }
}
