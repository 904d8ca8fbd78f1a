package rs.eobuka.workshop.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import rs.eobuka.workshop.WorkshopRequest;

/**
 * A workshop request as the API shows it: what was asked, where it stands, the proposed (or,
 * once confirmed, the agreed) slot with its trainers and venue, the published session, the items
 * of the logistics checklist ticked so far, and the event report.
 */
public record WorkshopRequestItem(long id, String requester, String topic, String lsguCode, String organisationName,
                                  int expectedParticipants, List<Window> preferredWindows, String venueOffer, boolean lsguOnly,
                                  String status, boolean noAnswer, String counterComment, String declineReason,
                                  LocalDateTime start, LocalDateTime end, List<Long> trainerIds, Long venueId,
                                  Long caravanEventId, Long sessionId, List<String> checklist, boolean checklistFlagged,
                                  Integer participantsPresent, Long citizensHelped, String reportIssues, String reportNextRequests,
                                  String withdrawReason, Instant createdAt) {

    public record Window(LocalDate from, LocalDate to) {
    }

    static WorkshopRequestItem of(WorkshopRequest request) {
        return new WorkshopRequestItem(request.getId(), request.getRequester(), request.getTopic().name(), request.getLsguCode(),
                request.getOrganisationName(), request.getExpectedParticipants(),
                request.preferredWindows().stream().map(w -> new Window(w.from(), w.to())).toList(),
                request.getVenueOffer(), request.isLsguOnly(), request.getStatus().name(), request.isNoAnswer(),
                request.getCounterComment(), request.getDeclineReason(), request.getProposedStart(), request.getProposedEnd(),
                request.getProposedTrainerIds().stream().sorted().toList(), request.getProposedVenueId(),
                request.getCaravanEventId(), request.getSessionId(),
                request.getChecklist().keySet().stream().map(Enum::name).sorted().toList(), request.isChecklistFlagged(),
                request.getParticipantsPresent(), request.getCitizensHelped(), request.getReportIssues(), request.getReportNextRequests(),
                request.getWithdrawReason(), request.getCreatedAt());
    }
}
