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
import java.time.Instant;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;

/**
 * One person asked to answer a survey, by a one-use link. Keeps whether they answered (for
 * reminders and their home page), never what or when: the answer itself is a
 * {@link FeedbackResponse} with no way back to this row.
 */
@Entity
@Table(name = "feedback_invitation")
public class FeedbackInvitation {

    @Id
    @SequenceGenerator(name = "feedback_invitation_seq", sequenceName = "feedback_invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_invitation_seq")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private FeedbackSurvey survey;
    @PersonalData(activity = ProcessingActivity.FEEDBACK, category = DataCategory.ACCOUNT_LINK, key = SubjectKey.ACCOUNT_ID)
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "registration_id")
    private Long registrationId;
    @PersonalData(activity = ProcessingActivity.FEEDBACK, category = DataCategory.CONTACT, key = SubjectKey.EMAIL)
    private String email;
    private String language;
    private boolean answered;
    @Column(name = "reminders_sent")
    private int remindersSent;
    @Column(name = "invited_at")
    private Instant invitedAt;

    protected FeedbackInvitation() {
    }

    FeedbackInvitation(FeedbackSurvey survey, Invitee invitee, Instant invitedAt) {
        this.survey = survey;
        this.accountId = invitee.accountId();
        this.registrationId = invitee.registrationId();
        this.email = invitee.email();
        this.language = invitee.language().tag();
        this.invitedAt = invitedAt;
    }

    void reminded() {
        remindersSent++;
    }

    public Long getId() {
        return id;
    }

    public FeedbackSurvey getSurvey() {
        return survey;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public String getEmail() {
        return email;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public boolean isAnswered() {
        return answered;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
