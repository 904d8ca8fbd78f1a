package rs.eobuka.feedback;

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
import rs.eobuka.platform.i18n.LocalizedText;

/** An option of a single- or multiple-choice question. */
@Entity
@Table(name = "question_option")
public class QuestionOption {

    @Id
    @SequenceGenerator(name = "question_option_seq", sequenceName = "question_option_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_option_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;
    private int position;
    private String code;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "srLatn", column = @Column(name = "text_sr_latn")),
            @AttributeOverride(name = "srCyrl", column = @Column(name = "text_sr_cyrl")),
            @AttributeOverride(name = "en", column = @Column(name = "text_en"))})
    private LocalizedText text;

    protected QuestionOption() {
    }

    QuestionOption(Question question, int position, String code, LocalizedText text) {
        this.question = question;
        this.position = position;
        this.code = code;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getText() {
        return text;
    }
}
