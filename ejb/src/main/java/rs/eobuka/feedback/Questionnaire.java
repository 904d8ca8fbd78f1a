package rs.eobuka.feedback;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import rs.eobuka.platform.i18n.LocalizedText;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.NotPersonalData;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;

/**
 * One version of a questionnaire. Versions of one family share its code; the newest is the one
 * new surveys take. A version that a survey uses is never changed: answers always point to the
 * very questions that were asked.
 */
@NotPersonalData(columns = {"name_sr_latn", "name_sr_cyrl", "name_en"}, why = "a questionnaire's name")
@Entity
@Table(name = "questionnaire")
public class Questionnaire {

    @Id
    @SequenceGenerator(name = "questionnaire_seq", sequenceName = "questionnaire_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_seq")
    private Long id;
    private String code;
    private int version;
    @Enumerated(EnumType.STRING)
    private QuestionnairePurpose purpose;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "name_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "name_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected Questionnaire() {
    }

    Questionnaire(String code, int version, QuestionnairePurpose purpose, LocalizedText name, String createdBy, Instant createdAt) {
        this.code = code;
        this.version = version;
        this.purpose = purpose;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Replaces the questions of a version no survey uses yet (the service checks). */
    void setQuestions(LocalizedText name, List<QuestionDraft> drafts) {
        this.name = name;
        questions.clear();
        for (QuestionDraft draft : drafts) {
            questions.add(new Question(this, questions.size(), draft));
        }
    }

    /** Loads the questions and their options, for use after the transaction (a page, an API answer). */
    Questionnaire loaded() {
        questions.forEach(question -> question.getOptions().size());
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public QuestionnairePurpose getPurpose() {
        return purpose;
    }

    public LocalizedText getName() {
        return name;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Question> getQuestions() {
        return Collections.unmodifiableList(questions);
    }
}
