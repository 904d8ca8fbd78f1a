package rs.eobuka.platform.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One consent a person gave (ZZPL Art. 15(1): the controller shows that it was given): who,
 * to what, under which wording, when, and when they withdrew it. A person with an account is
 * named by it; an entrant without one by their address.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @SequenceGenerator(name = "consent_record_seq", sequenceName = "consent_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_record_seq")
    private Long id;
    @PersonalData(activity = ProcessingActivity.CONSENT_RECORDS, category = DataCategory.ACCOUNT_LINK, key = SubjectKey.ACCOUNT_ID)
    @Column(name = "account_id")
    private Long accountId;
    @PersonalData(activity = ProcessingActivity.CONSENT_RECORDS, category = DataCategory.CONTACT, key = SubjectKey.EMAIL)
    private String email;
    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;
    @Column(name = "text_version")
    private String textVersion;
    /** What the consent is for, e.g. {@code registration:42}; none for the account itself. */
    private String reference;
    @Column(name = "given_at")
    private Instant givenAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Version
    private long version;

    protected ConsentRecord() {
        // for JPA
    }

    ConsentRecord(ConsentPurpose purpose, Long accountId, String email, String textVersion, String reference, Instant now) {
        if (accountId == null && email == null) {
            throw new IllegalArgumentException("a consent names its person by account or address");
        }
        this.purpose = Objects.requireNonNull(purpose);
        this.accountId = accountId;
        this.email = email;
        this.textVersion = Objects.requireNonNull(textVersion);
        this.reference = reference;
        this.givenAt = now;
    }

    void withdraw(Instant now) {
        withdrawnAt = now;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** A reference to what a consent is for: {@code kind:id}. */
    public static String reference(String kind, long id) {
        return kind + ":" + id;
    }

    /** The id of what the consent is for, when its reference is of the given kind ({@code registration}, {@code entry}). */
    public java.util.Optional<Long> referenceId(String kind) {
        String prefix = kind + ":";
        return reference != null && reference.startsWith(prefix)
                ? java.util.Optional.of(Long.valueOf(reference.substring(prefix.length()))) : java.util.Optional.empty();
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public String getEmail() { return email; }
    public ConsentPurpose getPurpose() { return purpose; }
    public String getTextVersion() { return textVersion; }
    public String getReference() { return reference; }
    public Instant getGivenAt() { return givenAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
}
