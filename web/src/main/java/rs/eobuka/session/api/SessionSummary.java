package rs.eobuka.session.api;

import java.time.LocalDateTime;
import java.util.List;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.session.TrainingSession;

/** A session as the API shows it: local times in Serbia, the training's title in the caller's language. */
public record SessionSummary(long id, long trainingId, String trainingTitle, String programme, String lsguCode, String city,
                             String venue, String address, LocalDateTime start, LocalDateTime end,
                             LocalDateTime registrationDeadline, int capacity, int seatsTaken, int seatsLeft, int waitlisted,
                             Integer lsguQuota, List<String> audienceTypes, String status) {

    static SessionSummary of(TrainingSession session, Language language) {
        return new SessionSummary(session.getId(), session.getTraining().getId(), session.getTraining().title(language),
                session.getTraining().getProgramme().getName(), session.getLsgu().getCode(),
                session.getLsgu().name(language.isCyrillic()), session.getVenue(), session.getAddress(),
                session.getStartsAt(), session.getEndsAt(), session.getRegistrationDeadline(), session.getCapacity(),
                session.getSeatsTaken(), session.getSeatsLeft(), session.getWaitlisted(), session.getLsguQuota(),
                session.getAudienceTypes().stream().map(Enum::name).sorted().toList(), session.getStatus().name());
    }
}
