package rs.eobuka.feedback;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;

/**
 * One answered questionnaire. In an anonymous survey (the default) nothing here leads to the
 * person or the invitation, and the time is kept to the day, as survey tools that anonymise
 * responses do; a named survey, whose invitation said so, keeps the respondent's account.
 */
@Entity
@Table(name = "feedback_response")
public class FeedbackResponse {

    @Id
    @SequenceGenerator(name = "feedback_response_seq", sequenceName = "feedback_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_response_seq")
    private Long id;
    @Column(name = "survey_id")
    private long surveyId;
    @Column(name = "questionnaire_id")
    private long questionnaireId;
    @Column(name = "answered_on")
    private LocalDate answeredOn;
    private String language;
    @Column(name = "public_answer")
    private boolean publicAnswer;
    @PersonalData(activity = ProcessingActivity.FEEDBACK, category = DataCategory.ACCOUNT_LINK, key = SubjectKey.ACCOUNT_ID)
    @Column(name = "respondent_account_id")
    private Long respondentAccountId;
    @OneToMany(mappedBy = "response", cascade = CascadeType.PERSIST)
    private List<FeedbackAnswer> answers = new ArrayList<>();

    protected FeedbackResponse() {
    }

    FeedbackResponse(FeedbackSurvey survey, LocalDate answeredOn, String language, boolean publicAnswer, Long respondentAccountId) {
        this.surveyId = survey.getId();
        this.questionnaireId = survey.getQuestionnaire().getId();
        this.answeredOn = answeredOn;
        this.language = language;
        this.publicAnswer = publicAnswer;
        this.respondentAccountId = survey.isAnonymous() ? null : respondentAccountId;
    }

    void add(Question question, Long optionId, Integer number, String text) {
        answers.add(new FeedbackAnswer(this, question.getId(), optionId, number, text));
    }

    public Long getId() {
        return id;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public boolean isPublicAnswer() {
        return publicAnswer;
    }

    public Long getRespondentAccountId() {
        return respondentAccountId;
    }

    public List<FeedbackAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
