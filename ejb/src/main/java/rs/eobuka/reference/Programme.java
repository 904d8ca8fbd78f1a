package rs.eobuka.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import rs.eobuka.platform.privacy.NotPersonalData;

/** A funded line of work (a donor, a beneficiary institution, an implementation period) under which trainings run. */
@NotPersonalData(columns = "name", why = "a programme's name")
@Entity
@Table(name = "programme")
@Cacheable
public class Programme {

    @Id
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    private Long id;
    private String name;
    private String donor;
    private String beneficiary;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    /** Co-organising institutions, one per line. */
    @Column(name = "co_organisers")
    private String coOrganisers;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Programme() {
    }

    public Programme(String name, Instant now) {
        this.name = Objects.requireNonNull(name);
        this.createdAt = now;
    }

    public void describe(String name, String donor, String beneficiary, LocalDate startsOn, LocalDate endsOn, String coOrganisers) {
        this.name = Objects.requireNonNull(name);
        this.donor = donor;
        this.beneficiary = beneficiary;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.coOrganisers = coOrganisers;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDonor() { return donor; }
    public String getBeneficiary() { return beneficiary; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getCoOrganisers() { return coOrganisers; }
    public Instant getCreatedAt() { return createdAt; }
}
