package rs.eobuka.feedback;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.feedback.process.FeedbackVariables;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.registration.AttendanceMarked;

/**
 * Surveys: started by themselves when a session ends (and for a held workshop's requester), or
 * by an evaluator for anything past; each runs the {@code feedback-collection} process, which
 * calls back here to invite, remind and close.
 */
@Stateless
public class SurveyService {

    /** Crockford's base 32, as certificate codes: printed on a card, read off a phone. */
    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    SurveyTargets targets;

    @Inject
    FeedbackNotices notices;

    @Inject
    SurveyTally tally;

    @Inject
    RuntimeService runtime;

    public FeedbackSurvey get(long id) {
        FeedbackSurvey survey = em.find(FeedbackSurvey.class, id);
        if (survey == null) {
            throw new NotFoundException("feedback.survey.notFound", String.valueOf(id));
        }
        return survey;
    }

    public SurveyStatistics statistics(long surveyId) {
        Object[] invitations = em.createQuery("select count(i), coalesce(sum(case when i.answered = true then 1 else 0 end), 0)"
                + " from FeedbackInvitation i where i.survey.id = :survey", Object[].class).setParameter("survey", surveyId).getSingleResult();
        long answers = em.createQuery("select count(r) from FeedbackResponse r where r.surveyId = :survey", Long.class)
                .setParameter("survey", surveyId).getSingleResult();
        return new SurveyStatistics(((Number) invitations[0]).longValue(), ((Number) invitations[1]).longValue(), answers);
    }

    /** Answers and invitations of several surveys in two grouped queries, for a page of the survey list. */
    public java.util.Map<Long, SurveyStatistics> statistics(java.util.Collection<Long> surveyIds) {
        java.util.Map<Long, SurveyStatistics> result = new java.util.HashMap<>();
        if (surveyIds.isEmpty()) {
            return result;
        }
        java.util.Map<Long, long[]> invited = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select i.survey.id, count(i), coalesce(sum(case when i.answered = true then 1 else 0 end), 0)"
                + " from FeedbackInvitation i where i.survey.id in :ids group by i.survey.id", Object[].class)
                .setParameter("ids", surveyIds).getResultList()) {
            invited.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        java.util.Map<Long, Long> answered = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("select r.surveyId, count(r) from FeedbackResponse r where r.surveyId in :ids group by r.surveyId",
                Object[].class).setParameter("ids", surveyIds).getResultList()) {
            answered.put((Long) row[0], (Long) row[1]);
        }
        for (Long id : surveyIds) {
            long[] counts = invited.getOrDefault(id, new long[2]);
            result.put(id, new SurveyStatistics(counts[0], counts[1], answered.getOrDefault(id, 0L)));
        }
        return result;
    }

    /** Surveys newest first, paged in the database. */
    public List<FeedbackSurvey> list(int first, int max) {
        return em.createQuery("select s from FeedbackSurvey s order by s.openedAt desc, s.id desc", FeedbackSurvey.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createQuery("select count(s) from FeedbackSurvey s", Long.class).getSingleResult();
    }

    /** What a survey of a list row is about, in the reader's language. */
    public String title(FeedbackSurvey survey, rs.eobuka.platform.i18n.Language language) {
        return targets.title(survey.target(), language);
    }

    /**
     * What an evaluator may start a survey of, newest first: sessions held in the last year and
     * held workshops without one, and caravan events (for their Digital Corner's public link).
     */
    public List<SurveyCandidate> candidates(rs.eobuka.platform.i18n.Language language, int max) {
        LocalDateTime now = SerbianTime.now();
        List<SurveyCandidate> candidates = new java.util.ArrayList<>();
        em.createQuery("select s.id from TrainingSession s where s.status = :published and s.endsAt <= :now and s.endsAt > :since"
                        + " and not exists (select f.id from FeedbackSurvey f where f.sessionId = s.id) order by s.endsAt desc", Long.class)
                .setParameter("published", rs.eobuka.session.SessionStatus.PUBLISHED).setParameter("now", now)
                .setParameter("since", now.minusYears(1)).setMaxResults(max).getResultList()
                .forEach(id -> candidates.add(new SurveyCandidate(SurveyTarget.session(id), targets.title(SurveyTarget.session(id), language))));
        em.createQuery("select e.id from CaravanEvent e where e.status <> :cancelled and e.day > :since"
                        + " and not exists (select f.id from FeedbackSurvey f where f.caravanEventId = e.id) order by e.day desc", Long.class)
                .setParameter("cancelled", rs.eobuka.caravan.CaravanEventStatus.CANCELLED).setParameter("since", now.toLocalDate().minusYears(1))
                .setMaxResults(max).getResultList()
                .forEach(id -> candidates.add(new SurveyCandidate(SurveyTarget.caravanEvent(id), targets.title(SurveyTarget.caravanEvent(id), language))));
        em.createQuery("select w.id from WorkshopRequest w where w.status = :held"
                        + " and not exists (select f.id from FeedbackSurvey f where f.workshopRequestId = w.id) order by w.id desc", Long.class)
                .setParameter("held", rs.eobuka.workshop.WorkshopStatus.HELD).setMaxResults(max).getResultList()
                .forEach(id -> candidates.add(new SurveyCandidate(SurveyTarget.workshopRequest(id),
                        targets.title(SurveyTarget.workshopRequest(id), language))));
        return candidates;
    }

    /** The audience a new survey of this target asks. */
    public static SurveyAudience audienceOf(SurveyTarget target) {
        return switch (target.subject()) {
            case SESSION -> SurveyAudience.PARTICIPANTS;
            case CARAVAN_EVENT -> SurveyAudience.PUBLIC;
            case WORKSHOP_REQUEST -> SurveyAudience.REQUESTER;
        };
    }

    public Optional<FeedbackSurvey> find(SurveyTarget target, SurveyAudience audience) {
        return em.createQuery("select s from FeedbackSurvey s where s.subjectKey = :key", FeedbackSurvey.class)
                .setParameter("key", target.key(audience)).getResultStream().findFirst();
    }

    /**
     * Starts a survey of something held: the questionnaire given (of the audience's purpose) or
     * the one chosen for it, the settings given or the defaults. A second survey of the same
     * thing for the same audience is refused with the first one's id.
     */
    public FeedbackSurvey start(SurveyTarget target, SurveyAudience audience, Long questionnaireId, SurveySettings settings, String user) {
        LocalDateTime now = SerbianTime.now();
        if (audience == SurveyAudience.PUBLIC && target.subject() != SurveySubject.CARAVAN_EVENT) {
            throw new RuleViolationException("audience", "feedback.survey.publicOnlyForEvents");
        }
        if (audience == SurveyAudience.PUBLIC) {
            targets.requireNotCancelled(target);
        } else {
            targets.requireHeld(target, now);
        }
        if (audience == SurveyAudience.REQUESTER && target.subject() != SurveySubject.WORKSHOP_REQUEST) {
            throw new RuleViolationException("audience", "feedback.survey.requesterOnlyForWorkshops");
        }
        Questionnaire questionnaire = questionnaireId == null ? questionnaires.forSurvey(target, audience) : questionnaires.get(questionnaireId);
        if (questionnaire.getPurpose() != audience.purpose()) {
            throw new RuleViolationException("questionnaireId", "feedback.survey.questionnairePurpose");
        }
        SurveySettings effective = settings == null ? SurveySettings.defaults(now) : settings;
        if (!effective.deadline().isAfter(now)) {
            throw new RuleViolationException("deadline", "feedback.survey.deadlinePast");
        }
        find(target, audience).ifPresent(existing -> {
            throw new SurveyExistsException(existing.getId());
        });
        FeedbackSurvey survey = new FeedbackSurvey(target, audience, questionnaire, effective, user, now, targets.place(target, now));
        if (audience == SurveyAudience.PUBLIC) {
            survey.publish(newPublicCode());
        }
        em.persist(survey);
        em.flush();
        survey.attachProcess(runtime.startProcessInstanceByKey(FeedbackVariables.PROCESS_KEY, survey.getId().toString(),
                Variables.createVariables()
                        .putValue(FeedbackVariables.SURVEY_ID, survey.getId())
                        .putValue(FeedbackVariables.BY_INVITATION, audience != SurveyAudience.PUBLIC)
                        .putValue(FeedbackVariables.FIRST_REMINDER_AT, SerbianTime.date(survey.reminderAt(1)))
                        .putValue(FeedbackVariables.SECOND_REMINDER_AT, SerbianTime.date(survey.reminderAt(2)))
                        .putValue(FeedbackVariables.DEADLINE, SerbianTime.date(survey.getDeadline()))).getId());
        return survey;
    }

    /** As {@link #start} with the defaults, unless the survey exists already (an evaluator was first). */
    public Optional<FeedbackSurvey> startIfAbsent(SurveyTarget target, SurveyAudience audience, String user) {
        if (find(target, audience).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(start(target, audience, null, null, user));
    }

    /** A held workshop: its requester is asked, and those present at its session once the session is over. */
    public void startForHeldWorkshop(long requestId, String user) {
        startIfAbsent(SurveyTarget.workshopRequest(requestId), SurveyAudience.REQUESTER, user);
        targets.workshopSession(requestId).map(SurveyTarget::session)
                .filter(session -> targets.isHeld(session, SerbianTime.now()))
                .ifPresent(session -> startIfAbsent(session, SurveyAudience.PARTICIPANTS, user));
    }

    /** Called by the process: one invitation per invitee not invited yet, each e-mailed its link. */
    public int invite(long surveyId) {
        FeedbackSurvey survey = get(surveyId);
        if (!survey.isAnswerable(SerbianTime.now())) {
            return 0;
        }
        List<String> invited = em.createQuery("select lower(i.email) from FeedbackInvitation i where i.survey.id = :survey", String.class)
                .setParameter("survey", surveyId).getResultList();
        int count = 0;
        for (Invitee invitee : targets.invitees(survey.target(), survey.getAudience())) {
            if (invited.contains(invitee.email().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            FeedbackInvitation invitation = new FeedbackInvitation(survey, invitee, Instant.now());
            em.persist(invitation);
            notices.invited(survey, invitation, invitee.fullName(), issueToken(invitation));
            invited.add(invitee.email().toLowerCase(java.util.Locale.ROOT));
            count++;
        }
        em.flush();
        tally.invited(surveyId, count);
        return count;
    }

    /** Those marked present after the survey started are invited too, while it is open. */
    public void onAttendance(@jakarta.enterprise.event.Observes AttendanceMarked marked) {
        if (!marked.attended()) {
            return;
        }
        find(SurveyTarget.session(marked.sessionId()), SurveyAudience.PARTICIPANTS)
                .filter(survey -> survey.isAnswerable(SerbianTime.now()))
                .ifPresent(survey -> invite(survey.getId()));
    }

    /** Called by the process on a reminder day: those who have not answered get a fresh link. */
    public int remind(long surveyId) {
        FeedbackSurvey survey = get(surveyId);
        if (!survey.isAnswerable(SerbianTime.now())) {
            return 0;
        }
        List<FeedbackInvitation> waiting = em.createQuery("select i from FeedbackInvitation i where i.survey.id = :survey"
                        + " and i.answered = false order by i.id", FeedbackInvitation.class)
                .setParameter("survey", surveyId).getResultList();
        for (FeedbackInvitation invitation : waiting) {
            invitation.reminded();
            notices.reminded(survey, invitation, issueToken(invitation));
        }
        return waiting.size();
    }

    /** Called by the process at the deadline. */
    public void close(long surveyId) {
        get(surveyId).close(SerbianTime.now());
    }

    /** A new link to an invitation (for an e-mail, or the participant's own page). */
    public String issueToken(FeedbackInvitation invitation) {
        String token = FeedbackToken.newToken();
        em.persist(new FeedbackToken(FeedbackToken.hash(token), invitation, Instant.now()));
        return token;
    }

    private static String newPublicCode() {
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** A survey of this thing for this audience exists; the answer names it. */
    public static class SurveyExistsException extends ConflictException {
        private static final long serialVersionUID = 1L;
        private final long surveyId;

        SurveyExistsException(long surveyId) {
            super(null, "feedback.survey.exists", surveyId);
            this.surveyId = surveyId;
        }

        @Override
        public java.util.Map<String, Object> extensions() {
            return java.util.Map.of("surveyId", surveyId);
        }
    }
}
