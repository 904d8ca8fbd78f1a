package rs.eobuka.feedback;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import rs.eobuka.account.Account;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.GoneException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.time.SerbianTime;

/**
 * Answers by one-use link. A link opens its invitation's questionnaire without signing in; the
 * invitation takes one answer, under any concurrency: the answer is stored in the transaction
 * that flips the invitation from unanswered to answered, and a second submit (a double click,
 * a replay, a second link of the same invitation) finds it flipped and stores nothing.
 */
@Stateless
public class AnswerService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SurveyTargets targets;

    @Inject
    SurveyService surveys;

    @Inject
    PublicQuota quota;

    @Inject
    SurveyTally tally;

    /** The questionnaire behind a link: 404 for an unknown token, 410 when answered or closed. */
    public FeedbackForm form(String token, Language language) {
        FeedbackInvitation invitation = invitation(token);
        FeedbackSurvey survey = invitation.getSurvey();
        if (invitation.isAnswered()) {
            throw new GoneException("feedback.alreadyAnswered");
        }
        survey.requireAnswerable(SerbianTime.now());
        return form(survey, language);
    }

    FeedbackForm form(FeedbackSurvey survey, Language language) {
        return new FeedbackForm(survey.getId(), survey.getQuestionnaire().loaded(), targets.title(survey.target(), language),
                survey.getDeadline(), survey.isAnonymous(), survey.getAudience() == SurveyAudience.PUBLIC);
    }

    /**
     * Stores the answers of the link's invitation: 422 naming each question that is wrong
     * (nothing stored), 409 when already answered, 410 when the survey has closed.
     */
    public void submit(String token, List<AnswerInput> answers, Language language) {
        FeedbackInvitation invitation = invitation(token);
        FeedbackSurvey survey = invitation.getSurvey();
        LocalDateTime now = SerbianTime.now();
        survey.requireAnswerable(now);
        if (invitation.isAnswered()) {
            throw new ConflictException(null, "feedback.alreadyAnswered");
        }
        FeedbackResponse response = new FeedbackResponse(survey, now.toLocalDate(), language.tag(), false, invitation.getAccountId());
        AnswerSheet.fill(response, survey.getQuestionnaire(), answers);
        // the flip is the guard: of two submits at once, the database lets one update the row
        int flipped = em.createQuery("update FeedbackInvitation i set i.answered = true where i.id = :id and i.answered = false")
                .setParameter("id", invitation.getId()).executeUpdate();
        if (flipped == 0) {
            throw new ConflictException(null, "feedback.alreadyAnswered");
        }
        em.persist(response);
        tally.answered(response, true);
    }

    /** Answers a device may give one public survey per hour (a family sharing a phone at the Digital Corner). */
    static final int DEVICE_LIMIT = Integer.getInteger("eobuka.feedback.public-per-device", 3);
    /** Answers one address may give per hour: the event's Wi-Fi is shared by everyone at the corner. */
    static final int ADDRESS_LIMIT = Integer.getInteger("eobuka.feedback.public-per-address", 30);

    /** The questionnaire behind a Digital Corner's printed code: 404 unknown, 410 closed. */
    public FeedbackForm publicForm(String code, Language language) {
        FeedbackSurvey survey = publicSurvey(code);
        survey.requireAnswerable(SerbianTime.now());
        return form(survey, language);
    }

    /**
     * Stores an answer through a public code, flagged as public: 422 naming each question,
     * 410 closed, and a refusal once the device or the address has answered as often as an hour
     * allows (nothing stored). Neither key is kept with the answer.
     */
    public void submitPublic(String code, List<AnswerInput> answers, Language language, String device, String address) {
        FeedbackSurvey survey = publicSurvey(code);
        LocalDateTime now = SerbianTime.now();
        survey.requireAnswerable(now);
        FeedbackResponse response = new FeedbackResponse(survey, now.toLocalDate(), language.tag(), true, null);
        AnswerSheet.fill(response, survey.getQuestionnaire(), answers);
        LocalDateTime hour = now.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        if (!take(survey, "device:" + device, hour, DEVICE_LIMIT) || !take(survey, "address:" + address, hour, ADDRESS_LIMIT)) {
            throw new rs.eobuka.platform.errors.RuleViolationException(null, "feedback.public.limit");
        }
        em.persist(response);
        tally.answered(response, false);
    }

    private boolean take(FeedbackSurvey survey, String client, LocalDateTime hour, int limit) {
        String key = FeedbackToken.hash(survey.getPublicCode() + ":" + client);
        try {
            return quota.take(survey.getId(), key, hour, limit);
        } catch (PublicQuota.QuotaRaceException raced) {
            return quota.take(survey.getId(), key, hour, limit);
        }
    }

    private FeedbackSurvey publicSurvey(String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            throw new NotFoundException("feedback.unknownLink");
        }
        return em.createQuery("select s from FeedbackSurvey s where s.publicCode = :code", FeedbackSurvey.class)
                .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("feedback.unknownLink"));
    }

    /** The participant's questionnaires still to answer, newest first. */
    public List<PendingFeedback> pending(String username, Language language) {
        LocalDateTime now = SerbianTime.now();
        List<PendingFeedback> pending = new ArrayList<>();
        for (FeedbackInvitation invitation : em.createQuery("select i from FeedbackInvitation i join fetch i.survey"
                        + " where i.accountId = (select a.id from Account a where a.username = :user) and i.answered = false"
                        + " and i.survey.status = :open and i.survey.deadline > :now order by i.id desc", FeedbackInvitation.class)
                .setParameter("user", username).setParameter("open", SurveyStatus.OPEN).setParameter("now", now)
                .setMaxResults(20).getResultList()) {
            FeedbackSurvey survey = invitation.getSurvey();
            pending.add(new PendingFeedback(invitation.getId(), survey.getId(), invitation.getRegistrationId(),
                    targets.title(survey.target(), language), survey.getDeadline()));
        }
        return pending;
    }

    /** The feedback step of a registration, once its participant has been invited. */
    public java.util.Optional<FeedbackStep> stepOf(long registrationId) {
        LocalDateTime now = SerbianTime.now();
        return em.createQuery("select i from FeedbackInvitation i join fetch i.survey where i.registrationId = :registration",
                        FeedbackInvitation.class)
                .setParameter("registration", registrationId).getResultStream().findFirst()
                .map(i -> new FeedbackStep(i.getId(), i.isAnswered(), i.getSurvey().isAnswerable(now), i.getSurvey().getDeadline()));
    }

    /** A fresh link to the participant's own invitation, to answer from their pages; another's does not exist for them. */
    public String linkForOwner(long invitationId, String username) {
        FeedbackInvitation invitation = em.find(FeedbackInvitation.class, invitationId);
        Account owner = invitation == null || invitation.getAccountId() == null ? null : em.find(Account.class, invitation.getAccountId());
        if (owner == null || !owner.getUsername().equals(username)) {
            throw new NotFoundException("feedback.invitation.notFound");
        }
        return surveys.issueToken(invitation);
    }

    private FeedbackInvitation invitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException("feedback.unknownLink");
        }
        return em.createQuery("select i from FeedbackToken t join t.invitation i join fetch i.survey where t.tokenHash = :hash",
                        FeedbackInvitation.class)
                .setParameter("hash", FeedbackToken.hash(token)).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("feedback.unknownLink"));
    }
}
