package rs.eobuka.feedback;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import rs.eobuka.platform.i18n.LocalizedText;

/** One question of a questionnaire version. */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @SequenceGenerator(name = "question_seq", sequenceName = "question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;
    private int position;
    @Enumerated(EnumType.STRING)
    private QuestionKind kind;
    @Enumerated(EnumType.STRING)
    private QuestionMeasure measure;
    private boolean required;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "text_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "text_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "text_en"))})
    private LocalizedText text;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "low_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "low_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "low_en"))})
    private LocalizedText lowLabel;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "high_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "high_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "high_en"))})
    private LocalizedText highLabel;
    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionOption> options = new ArrayList<>();

    protected Question() {
    }

    Question(Questionnaire questionnaire, int position, QuestionDraft draft) {
        this.questionnaire = questionnaire;
        this.position = position;
        this.kind = draft.kind();
        this.measure = draft.measure();
        this.required = draft.required();
        this.text = draft.text();
        this.lowLabel = draft.kind().isScale() ? draft.lowLabel() : null;
        this.highLabel = draft.kind().isScale() ? draft.highLabel() : null;
        if (draft.kind().hasOptions()) {
            for (QuestionDraft.OptionDraft option : draft.options()) {
                options.add(new QuestionOption(this, options.size(), option.code(), option.text()));
            }
        }
    }

    /** The question as a draft again, to start the next version from. */
    QuestionDraft draft() {
        return new QuestionDraft(kind, required, measure, text, lowLabel, highLabel,
                options.stream().map(o -> new QuestionDraft.OptionDraft(o.getCode(), o.getText())).toList());
    }

    public Optional<QuestionOption> option(long optionId) {
        return options.stream().filter(o -> o.getId() == optionId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public QuestionMeasure getMeasure() {
        return measure;
    }

    public boolean isRequired() {
        return required;
    }

    public LocalizedText getText() {
        return text;
    }

    public LocalizedText getLowLabel() {
        return lowLabel;
    }

    public LocalizedText getHighLabel() {
        return highLabel;
    }

    public List<QuestionOption> getOptions() {
        return Collections.unmodifiableList(options);
    }
}
