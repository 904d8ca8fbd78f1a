package rs.eobuka.feedback;

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

/** One value of a response: a number on a scale, one chosen option, or a free text. */
@Entity
@Table(name = "feedback_answer")
public class FeedbackAnswer {

    @Id
    @SequenceGenerator(name = "feedback_answer_seq", sequenceName = "feedback_answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_answer_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    private FeedbackResponse response;
    @Column(name = "question_id")
    private long questionId;
    @Column(name = "option_id")
    private Long optionId;
    @Column(name = "number_value")
    private Integer numberValue;
    @Column(name = "text_value")
    private String textValue;

    protected FeedbackAnswer() {
    }

    FeedbackAnswer(FeedbackResponse response, long questionId, Long optionId, Integer numberValue, String textValue) {
        this.response = response;
        this.questionId = questionId;
        this.optionId = optionId;
        this.numberValue = numberValue;
        this.textValue = textValue;
    }

    public long getQuestionId() {
        return questionId;
    }

    public Long getOptionId() {
        return optionId;
    }

    public Integer getNumberValue() {
        return numberValue;
    }

    public String getTextValue() {
        return textValue;
    }
}
