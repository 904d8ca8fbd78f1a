package rs.eobuka.session;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.reference.Programme;

/** A course of a programme, written in all three languages, open to the audience types it serves. */
@Entity
@Table(name = "training")
@Cacheable
public class Training {

    @Id
    @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "programme_id")
    private Programme programme;
    @Column(name = "title_sr_latn")
    private String titleSrLatn;
    @Column(name = "title_sr_cyrl")
    private String titleSrCyrl;
    @Column(name = "title_en")
    private String titleEn;
    @Column(name = "description_sr_latn")
    private String descriptionSrLatn;
    @Column(name = "description_sr_cyrl")
    private String descriptionSrCyrl;
    @Column(name = "description_en")
    private String descriptionEn;
    @Column(name = "duration_hours")
    private int durationHours;
    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "training_topic", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "topic")
    @Enumerated(EnumType.STRING)
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);
    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "training_audience", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "audience_type")
    @Enumerated(EnumType.STRING)
    private Set<OrganisationType> audienceTypes = EnumSet.noneOf(OrganisationType.class);
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Training() {
    }

    public Training(Programme programme, Instant now) {
        this.programme = Objects.requireNonNull(programme);
        this.createdAt = now;
    }

    public void describe(TrainingText text, int durationHours, Set<Topic> topics, Set<OrganisationType> audienceTypes) {
        this.titleSrLatn = text.titleSrLatn();
        this.titleSrCyrl = text.titleSrCyrl();
        this.titleEn = text.titleEn();
        this.descriptionSrLatn = text.descriptionSrLatn();
        this.descriptionSrCyrl = text.descriptionSrCyrl();
        this.descriptionEn = text.descriptionEn();
        this.durationHours = durationHours;
        this.topics.clear();
        this.topics.addAll(topics);
        this.audienceTypes.clear();
        this.audienceTypes.addAll(audienceTypes);
    }

    public void moveTo(Programme programme) {
        this.programme = Objects.requireNonNull(programme);
    }

    public String title(Language language) {
        return switch (language) {
            case SR_CYRL -> titleSrCyrl;
            case EN -> titleEn;
            default -> titleSrLatn;
        };
    }

    public String description(Language language) {
        return switch (language) {
            case SR_CYRL -> descriptionSrCyrl;
            case EN -> descriptionEn;
            default -> descriptionSrLatn;
        };
    }

    public TrainingText text() {
        return new TrainingText(titleSrLatn, titleSrCyrl, titleEn, descriptionSrLatn, descriptionSrCyrl, descriptionEn);
    }

    public Long getId() { return id; }
    public Programme getProgramme() { return programme; }
    public int getDurationHours() { return durationHours; }
    public Set<Topic> getTopics() { return Set.copyOf(topics); }
    public Set<OrganisationType> getAudienceTypes() { return Set.copyOf(audienceTypes); }
    public Instant getCreatedAt() { return createdAt; }
}
