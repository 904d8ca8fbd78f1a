package rs.eobuka.competition;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
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
import java.math.BigDecimal;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.privacy.NotPersonalData;

/** A criterion the jury scores every entry on, 1 to 10, with its weight in the entry's jury score. */
@NotPersonalData(columns = {"name_sr_latn", "name_sr_cyrl", "name_en"}, why = "a criterion's name")
@Entity
@Table(name = "competition_criterion")
public class CompetitionCriterion {

    @Id
    @SequenceGenerator(name = "competition_criterion_seq", sequenceName = "competition_criterion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competition_criterion_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    private Competition competition;
    private String code;
    private int position;
    private BigDecimal weight;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "name_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "name_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    protected CompetitionCriterion() {
        // for JPA
    }

    CompetitionCriterion(Competition competition, int position, String code, LocalizedText name, BigDecimal weight) {
        this.competition = competition;
        this.position = position;
        this.code = code;
        this.name = name;
        this.weight = weight;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public LocalizedText getName() {
        return name;
    }
}
