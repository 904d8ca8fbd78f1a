package rs.eobuka.competition;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import rs.eobuka.campaign.CampaignTrack;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.privacy.NotPersonalData;

/**
 * A category of a competition ("My e-service", "Open data"): entries come from the campaign's
 * municipalities of its track, and it has a prize of its own.
 */
@NotPersonalData(columns = {"name_sr_latn", "name_sr_cyrl", "name_en"}, why = "a category's name")
@Entity
@Table(name = "competition_category")
public class CompetitionCategory {

    @Id
    @SequenceGenerator(name = "competition_category_seq", sequenceName = "competition_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competition_category_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    private Competition competition;
    private String code;
    private int position;
    @Enumerated(EnumType.STRING)
    private CampaignTrack track;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "name_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "name_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "prize_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "prize_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "prize_en"))})
    private LocalizedText prize;

    protected CompetitionCategory() {
        // for JPA
    }

    CompetitionCategory(Competition competition, int position, String code, LocalizedText name, CampaignTrack track, LocalizedText prize) {
        this.competition = competition;
        this.position = position;
        this.code = code;
        this.name = name;
        this.track = track;
        this.prize = prize;
    }

    public Long getId() {
        return id;
    }

    public Competition getCompetition() {
        return competition;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public CampaignTrack getTrack() {
        return track;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getPrize() {
        return prize;
    }
}
