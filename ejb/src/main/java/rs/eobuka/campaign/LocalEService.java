package rs.eobuka.campaign;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.privacy.NotPersonalData;

/** An e-service an LSGU offers its citizens: its name, a short description and where to use it. */
@NotPersonalData(columns = {"name_sr_latn", "name_sr_cyrl", "name_en"}, why = "an e-service's name")
@Entity
@Table(name = "local_eservice")
public class LocalEService {

    @Id
    @SequenceGenerator(name = "local_eservice_seq", sequenceName = "local_eservice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "local_eservice_seq")
    private Long id;
    @Column(name = "lsgu_code")
    private String lsguCode;
    private int position;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "name_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "name_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "description_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "description_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;
    private String url;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected LocalEService() {
        // for JPA
    }

    public LocalEService(String lsguCode, int position, LocalizedText name, LocalizedText description, String url, Instant now) {
        this.lsguCode = lsguCode;
        this.position = position;
        this.name = name;
        this.description = description;
        this.url = url;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getLsguCode() {
        return lsguCode;
    }

    public int getPosition() {
        return position;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public String getUrl() {
        return url;
    }

    /** An organizer's correction: the LSGU and the place in its list stay. */
    void revise(LocalizedText name, LocalizedText description, String url) {
        this.name = name;
        this.description = description;
        this.url = url;
    }
}
