package rs.eobuka.booking;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;
import rs.eobuka.session.Topic;

/**
 * A person who teaches workshops and sessions: what they teach and where they travel. Their row
 * is the lock that serialises bookings of them (see {@link BookingService}).
 */
@Entity
@Table(name = "trainer")
public class Trainer {

    @Id
    @SequenceGenerator(name = "trainer_seq", sequenceName = "trainer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trainer_seq")
    private Long id;
    @PersonalData(activity = ProcessingActivity.TRAINERS, category = DataCategory.IDENTITY)
    @Column(name = "full_name")
    private String fullName;
    @PersonalData(activity = ProcessingActivity.TRAINERS, category = DataCategory.CONTACT, key = SubjectKey.EMAIL)
    private String email;
    @PersonalData(activity = ProcessingActivity.TRAINERS, category = DataCategory.CONTACT)
    private String phone;
    private boolean active;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "trainer_topic", joinColumns = @JoinColumn(name = "trainer_id"))
    @Column(name = "topic")
    @Enumerated(EnumType.STRING)
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "trainer_region", joinColumns = @JoinColumn(name = "trainer_id"))
    @Column(name = "region")
    private Set<String> regions = new TreeSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "trainer_lsgu", joinColumns = @JoinColumn(name = "trainer_id"))
    @Column(name = "lsgu_code")
    private Set<String> lsguCodes = new TreeSet<>();
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Trainer() {
    }

    public Trainer(String fullName, String email, Instant now) {
        rename(fullName, email, null);
        this.active = true;
        this.createdAt = now;
    }

    public void rename(String fullName, String email, String phone) {
        this.fullName = Objects.requireNonNull(fullName).strip();
        this.email = Objects.requireNonNull(email).strip().toLowerCase(java.util.Locale.ROOT);
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    /** What the trainer teaches and where they travel (whole regions, or single LSGUs). */
    public void scope(Set<Topic> topics, Set<String> regions, Set<String> lsguCodes) {
        this.topics.clear();
        this.topics.addAll(topics);
        this.regions.clear();
        this.regions.addAll(regions);
        this.lsguCodes.clear();
        this.lsguCodes.addAll(lsguCodes);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public boolean isActive() { return active; }
    public Set<Topic> getTopics() { return Set.copyOf(topics); }
    public Set<String> getRegions() { return Set.copyOf(regions); }
    public Set<String> getLsguCodes() { return Set.copyOf(lsguCodes); }
    public Instant getCreatedAt() { return createdAt; }
}
