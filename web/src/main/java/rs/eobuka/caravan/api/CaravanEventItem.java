package rs.eobuka.caravan.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import rs.eobuka.booking.Trainer;
import rs.eobuka.caravan.CaravanEvent;
import rs.eobuka.caravan.CaravanPart;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;

/** A caravan event as the API shows it: its programme in order, labels in the caller's language. */
public record CaravanEventItem(long id, String lsguCode, String city, LocalDate day, String title, String description,
                               String status, String statusLabel, List<Part> parts) {

    /** One part of the programme; times are local to Serbia. */
    public record Part(long id, String kind, String kindLabel, String title, LocalDateTime start, LocalDateTime end,
                       Long venueId, String venue, String address, List<TrainerName> trainers, Long sessionId) {
    }

    public record TrainerName(long id, String fullName) {
    }

    static CaravanEventItem of(CaravanEvent event, Language language) {
        return new CaravanEventItem(event.getId(), event.getLsgu().getCode(), event.getLsgu().name(language.isCyrillic()),
                event.getDay(), event.getTitle(), event.getDescription(), event.getStatus().name(),
                Texts.message(language, "caravan.status." + event.getStatus().name()),
                event.getParts().stream().map(p -> part(p, language)).toList());
    }

    private static Part part(CaravanPart part, Language language) {
        return new Part(part.getId(), part.getKind().name(), Texts.message(language, "caravan.kind." + part.getKind().name()),
                part.getTitle(), part.getStartsAt(), part.getEndsAt(),
                part.getVenue() == null ? null : part.getVenue().getId(),
                part.getVenue() == null ? null : part.getVenue().getName(),
                part.getVenue() == null ? null : part.getVenue().getAddress(),
                part.getTrainerList().stream().map(CaravanEventItem::trainer).toList(), part.getSessionId());
    }

    private static TrainerName trainer(Trainer trainer) {
        return new TrainerName(trainer.getId(), trainer.getFullName());
    }
}
