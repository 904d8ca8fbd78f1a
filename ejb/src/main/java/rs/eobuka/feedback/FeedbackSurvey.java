package rs.eobuka.feedback;

import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import rs.eobuka.platform.errors.GoneException;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.PersonalColumn;
import rs.eobuka.platform.privacy.PersonalData;
import rs.eobuka.platform.privacy.ProcessingActivity;
import rs.eobuka.platform.privacy.SubjectKey;

/**
 * A survey of one subject (a session, a caravan event, a workshop request) for one audience,
 * with the questionnaire version it asks, its deadline and reminder days. At most one per
 * subject and audience ({@code subject_key} is unique), however it was started.
 */
@PersonalColumn(table = "feedback_public_quota", column = "client_hash", activity = ProcessingActivity.FEEDBACK, category = DataCategory.PSEUDONYM)
@Entity
@Table(name = "feedback_survey")
public class FeedbackSurvey {

    @Id
    @SequenceGenerator(name = "feedback_survey_seq", sequenceName = "feedback_survey_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_survey_seq")
    private Long id;
    @Enumerated(EnumType.STRING)
    private SurveySubject subject;
    @Enumerated(EnumType.STRING)
    private SurveyAudience audience;
    @Column(name = "subject_key")
    private String subjectKey;
    @Column(name = "session_id")
    private Long sessionId;
    @Column(name = "caravan_event_id")
    private Long caravanEventId;
    @Column(name = "workshop_request_id")
    private Long workshopRequestId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;
    private boolean anonymous;
    @Enumerated(EnumType.STRING)
    private SurveyStatus status;
    @Column(name = "opened_at")
    private LocalDateTime openedAt;
    private LocalDateTime deadline;
    @Column(name = "first_reminder_days")
    private int firstReminderDays;
    @Column(name = "second_reminder_days")
    private int secondReminderDays;
    @Column(name = "public_code")
    private String publicCode;
    @PersonalData(activity = ProcessingActivity.STAFF_ACCOUNTABILITY, category = DataCategory.IDENTITY, key = SubjectKey.USERNAME)
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "closed_at")
    private LocalDateTime closedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "programme_id")
    private Long programmeId;
    @Column(name = "lsgu_code")
    private String lsguCode;
    @Column(name = "held_on")
    private LocalDate heldOn;
    // its counts of invitations and answers (columns invitations, answered_invitations, responses)
    // are not mapped: only SurveyTally changes them, in place, under the row's lock
    @Version
    private long version;

    protected FeedbackSurvey() {
    }

    FeedbackSurvey(SurveyTarget target, SurveyAudience audience, Questionnaire questionnaire, SurveySettings settings,
                   String startedBy, LocalDateTime openedAt, SurveyPlace place) {
        this.subject = target.subject();
        this.audience = audience;
        this.subjectKey = target.key(audience);
        this.sessionId = target.subject() == SurveySubject.SESSION ? target.id() : null;
        this.caravanEventId = target.subject() == SurveySubject.CARAVAN_EVENT ? target.id() : null;
        this.workshopRequestId = target.subject() == SurveySubject.WORKSHOP_REQUEST ? target.id() : null;
        this.questionnaire = questionnaire;
        this.anonymous = settings.anonymous();
        this.status = SurveyStatus.OPEN;
        this.openedAt = openedAt;
        this.deadline = settings.deadline();
        this.firstReminderDays = settings.firstReminderDays();
        this.secondReminderDays = settings.secondReminderDays();
        this.startedBy = startedBy;
        this.programmeId = place.programmeId();
        this.lsguCode = place.lsguCode();
        this.heldOn = place.heldOn();
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void publish(String publicCode) {
        this.publicCode = publicCode;
    }

    /** Closes at the deadline; closing twice is harmless (a timer that fires again after a crash). */
    void close(LocalDateTime now) {
        if (status == SurveyStatus.OPEN) {
            status = SurveyStatus.CLOSED;
            closedAt = now;
        }
    }

    /** Whether answers are taken now: open, and the deadline not passed. */
    public boolean isAnswerable(LocalDateTime now) {
        return status == SurveyStatus.OPEN && now.isBefore(deadline);
    }

    void requireAnswerable(LocalDateTime now) {
        if (!isAnswerable(now)) {
            throw new SurveyClosedException();
        }
    }

    /** A reminder day at or after the deadline sends nothing: the survey is closing anyway. */
    public LocalDateTime reminderAt(int round) {
        LocalDateTime at = openedAt.plusDays(round == 1 ? firstReminderDays : secondReminderDays);
        return at.isBefore(deadline) ? at : deadline;
    }

    public SurveyTarget target() {
        return new SurveyTarget(subject, sessionId != null ? sessionId : caravanEventId != null ? caravanEventId : workshopRequestId);
    }

    public Long getId() {
        return id;
    }

    public SurveySubject getSubject() {
        return subject;
    }

    public SurveyAudience getAudience() {
        return audience;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getCaravanEventId() {
        return caravanEventId;
    }

    public Long getWorkshopRequestId() {
        return workshopRequestId;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public SurveyStatus getStatus() {
        return status;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public int getFirstReminderDays() {
        return firstReminderDays;
    }

    public int getSecondReminderDays() {
        return secondReminderDays;
    }

    public String getPublicCode() {
        return publicCode;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getLsguCode() {
        return lsguCode;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    /** Thrown when an answer arrives after the deadline or the close. */
    public static class SurveyClosedException extends GoneException {
        private static final long serialVersionUID = 1L;

        SurveyClosedException() {
            super("feedback.closed");
        }
    }
}
