package rs.eobuka.booking;

import jakarta.persistence.Column;
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
import java.util.Objects;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import rs.eobuka.platform.privacy.NotPersonalData;
import rs.eobuka.reference.LocalSelfGovernmentUnit;

/** A room in an LSGU where workshops are held. Its row is the lock that serialises its bookings. */
@NotPersonalData(columns = {"name", "address"}, why = "a venue: a place, not a person")
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    @SequenceGenerator(name = "venue_seq", sequenceName = "venue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_seq")
    private Long id;
    // the LSGU comes from the second-level cache, not from a join
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "lsgu_code")
    private LocalSelfGovernmentUnit lsgu;
    private String name;
    private String address;
    private int seats;
    private boolean projector;
    private int computers;
    private boolean wifi;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Venue() {
    }

    public Venue(LocalSelfGovernmentUnit lsgu, String name, String address, int seats, Instant now) {
        describe(lsgu, name, address, seats);
        this.active = true;
        this.createdAt = now;
    }

    public void describe(LocalSelfGovernmentUnit lsgu, String name, String address, int seats) {
        this.lsgu = Objects.requireNonNull(lsgu);
        this.name = Objects.requireNonNull(name).strip();
        this.address = Objects.requireNonNull(address).strip();
        this.seats = seats;
    }

    public void equip(boolean projector, int computers, boolean wifi) {
        this.projector = projector;
        this.computers = computers;
        this.wifi = wifi;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public LocalSelfGovernmentUnit getLsgu() { return lsgu; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public int getSeats() { return seats; }
    public boolean isProjector() { return projector; }
    public int getComputers() { return computers; }
    public boolean isWifi() { return wifi; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
}
