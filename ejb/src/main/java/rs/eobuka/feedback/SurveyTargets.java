package rs.eobuka.feedback;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import rs.eobuka.account.Account;
import rs.eobuka.caravan.CaravanEvent;
import rs.eobuka.caravan.CaravanEventStatus;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.registration.RegistrationStatus;
import rs.eobuka.session.SessionStatus;
import rs.eobuka.session.SessionTexts;
import rs.eobuka.session.TrainingSession;
import rs.eobuka.workshop.WorkshopRequest;
import rs.eobuka.workshop.WorkshopStatus;

/**
 * What feedback needs to know of the things it asks about: whether one is over (feedback is
 * asked afterwards), who is invited, and how it is named in an invitation.
 */
@Stateless
public class SurveyTargets {

    @PersistenceContext
    EntityManager em;

    /** Refuses a survey of something that has not happened (or was cancelled). */
    public void requireHeld(SurveyTarget target, LocalDateTime now) {
        if (!isHeld(target, now)) {
            throw new RuleViolationException(null, "feedback.survey.notHeld");
        }
    }

    /** Whether it has taken place: a published session that has ended, a caravan event not cancelled on or after its day, a held workshop. */
    public boolean isHeld(SurveyTarget target, LocalDateTime now) {
        return switch (target.subject()) {
            case SESSION -> {
                TrainingSession session = session(target.id());
                yield session.getStatus() == SessionStatus.PUBLISHED && !session.getEndsAt().isAfter(now);
            }
            case CARAVAN_EVENT -> {
                CaravanEvent event = event(target.id());
                yield event.getStatus() != CaravanEventStatus.CANCELLED && !event.getDay().isAfter(now.toLocalDate());
            }
            case WORKSHOP_REQUEST -> request(target.id()).getStatus() == WorkshopStatus.HELD;
        };
    }

    /** A Digital Corner's public survey is printed before the day: it only needs an event that is not cancelled. */
    public void requireNotCancelled(SurveyTarget target) {
        if (target.subject() != SurveySubject.CARAVAN_EVENT || event(target.id()).getStatus() == CaravanEventStatus.CANCELLED) {
            throw new RuleViolationException(null, "feedback.survey.notHeld");
        }
    }

    /** Where and when it took place: see {@link SurveyPlace}. */
    public SurveyPlace place(SurveyTarget target, LocalDateTime surveyOpened) {
        return switch (target.subject()) {
            case SESSION -> {
                TrainingSession session = session(target.id());
                yield new SurveyPlace(session.getTraining().getProgramme().getId(), session.getLsgu().getCode(),
                        session.getStartsAt().toLocalDate());
            }
            case CARAVAN_EVENT -> {
                CaravanEvent event = event(target.id());
                yield new SurveyPlace(null, event.getLsgu().getCode(), event.getDay());
            }
            case WORKSHOP_REQUEST -> {
                WorkshopRequest request = request(target.id());
                TrainingSession session = request.getSessionId() == null ? null : em.find(TrainingSession.class, request.getSessionId());
                yield session == null ? new SurveyPlace(null, request.getLsguCode(), surveyOpened.toLocalDate())
                        : new SurveyPlace(session.getTraining().getProgramme().getId(), request.getLsguCode(), session.getStartsAt().toLocalDate());
            }
        };
    }

    /** The session a workshop was held as, if any. */
    public java.util.Optional<Long> workshopSession(long requestId) {
        return java.util.Optional.ofNullable(request(requestId).getSessionId());
    }

    /**
     * Who is asked: those marked present at the session, or at the sessions of the caravan
     * event's parts; the requester of a workshop. A public survey invites nobody.
     */
    public List<Invitee> invitees(SurveyTarget target, SurveyAudience audience) {
        if (audience == SurveyAudience.PUBLIC) {
            return List.of();
        }
        if (audience == SurveyAudience.REQUESTER) {
            WorkshopRequest request = request(target.id());
            return em.createQuery("select a from Account a where a.username = :user", Account.class)
                    .setParameter("user", request.getRequester()).getResultStream()
                    .map(a -> new Invitee(a.getId(), null, a.getEmail(), a.getFullName(), a.preferredLanguage())).toList();
        }
        String sessions = switch (target.subject()) {
            case SESSION -> "r.session.id = :target";
            case CARAVAN_EVENT -> "r.session.id in (select p.sessionId from CaravanPart p where p.event.id = :target)";
            case WORKSHOP_REQUEST -> "r.session.id = (select w.sessionId from WorkshopRequest w where w.id = :target)";
        };
        List<Invitee> invitees = new ArrayList<>();
        for (Object[] row : em.createQuery("select r.id, a from Registration r join r.account a where " + sessions
                        + " and r.status = :attended order by r.id", Object[].class)
                .setParameter("target", target.id()).setParameter("attended", RegistrationStatus.ATTENDED).getResultList()) {
            Account account = (Account) row[1];
            invitees.add(new Invitee(account.getId(), (Long) row[0], account.getEmail(), account.getFullName(), account.preferredLanguage()));
        }
        return invitees;
    }

    /** The name of the thing asked about, as an invitation and the questionnaire's page show it. */
    public String title(SurveyTarget target, Language language) {
        return switch (target.subject()) {
            case SESSION -> {
                TrainingSession session = session(target.id());
                yield session.getTraining().title(language) + ", " + SessionTexts.when(session, language)
                        + ", " + session.getLsgu().name(language.isCyrillic());
            }
            case CARAVAN_EVENT -> {
                CaravanEvent event = event(target.id());
                yield event.getTitle() + ", " + day(event.getDay(), language) + ", " + event.getLsgu().name(language.isCyrillic());
            }
            case WORKSHOP_REQUEST -> {
                WorkshopRequest request = request(target.id());
                LocalSelfGovernmentUnit lsgu = em.find(LocalSelfGovernmentUnit.class, request.getLsguCode());
                yield Texts.message(language, "feedback.workshopTitle", Texts.message(language, "topic." + request.getTopic().name()),
                        lsgu == null ? request.getLsguCode() : lsgu.name(language.isCyrillic()));
            }
        };
    }

    private static String day(java.time.LocalDate day, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()).format(day);
    }

    private TrainingSession session(long id) {
        TrainingSession session = em.find(TrainingSession.class, id);
        if (session == null) {
            throw new NotFoundException("session.notFound", String.valueOf(id));
        }
        return session;
    }

    private CaravanEvent event(long id) {
        CaravanEvent event = em.find(CaravanEvent.class, id);
        if (event == null) {
            throw new NotFoundException("caravan.event.notFound", String.valueOf(id));
        }
        return event;
    }

    private WorkshopRequest request(long id) {
        WorkshopRequest request = em.find(WorkshopRequest.class, id);
        if (request == null) {
            throw new NotFoundException("workshop.notFound", String.valueOf(id));
        }
        return request;
    }
}
