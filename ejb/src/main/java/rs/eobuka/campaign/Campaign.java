package rs.eobuka.campaign;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.privacy.NotPersonalData;
import rs.eobuka.reference.Programme;

/**
 * An awareness campaign of a programme: its name and summary in three languages, its period, and
 * the LSGUs taking part on each track. Known by a stable code, so that a seed finds it again.
 */
@NotPersonalData(columns = {"name_sr_latn", "name_sr_cyrl", "name_en"}, why = "the campaign's name")
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    private Long id;
    private String code;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "name_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "name_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "summary_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "summary_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "summary_en"))})
    private LocalizedText summary;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_lsgu", joinColumns = @JoinColumn(name = "campaign_id"))
    private Set<CampaignMunicipality> municipalities = new HashSet<>();
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Campaign() {
        // for JPA
    }

    public Campaign(String code, LocalizedText name, LocalizedText summary, Programme programme, LocalDate startsOn, LocalDate endsOn,
                    Instant now) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a campaign ends after it starts: " + startsOn + " to " + endsOn);
        }
        this.code = code;
        this.name = name;
        this.summary = summary;
        this.programme = programme;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = now;
    }

    /** Adds these LSGUs on the track. */
    public void takePart(Collection<String> lsguCodes, CampaignTrack track) {
        lsguCodes.forEach(code -> municipalities.add(new CampaignMunicipality(code, track)));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getSummary() {
        return summary;
    }

    public Programme getProgramme() {
        return programme;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Set<CampaignMunicipality> getMunicipalities() {
        return Set.copyOf(municipalities);
    }
}
