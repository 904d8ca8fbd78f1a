package rs.eobuka.caravan.web;

import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import rs.eobuka.booking.Trainer;
import rs.eobuka.caravan.CaravanPart;
import rs.eobuka.caravan.CaravanPartKind;
import rs.eobuka.caravan.PartPlan;

/** One row of the programme on the planning form, kept as typed (times as text) until it is saved. */
public class PartRow implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private CaravanPartKind kind = CaravanPartKind.DIGITAL_CORNER;
    private String title;
    private String start;
    private String end;
    private Long venueId;
    private List<Long> trainerIds = new ArrayList<>();
    private Long sessionId;

    static PartRow of(CaravanPart part) {
        PartRow row = new PartRow();
        row.kind = part.getKind();
        row.title = part.getTitle();
        row.start = HH_MM.format(part.getStartsAt());
        row.end = HH_MM.format(part.getEndsAt());
        row.venueId = part.getVenue() == null ? null : part.getVenue().getId();
        row.trainerIds = new ArrayList<>(part.getTrainers().stream().map(Trainer::getId).toList());
        row.sessionId = part.getSessionId();
        return row;
    }

    /** The plan of this row, or null when a time cannot be read (the view then names the field). */
    PartPlan toPlan() {
        LocalTime from = time(start);
        LocalTime to = time(end);
        return new PartPlan(kind, title, from, to, venueId, trainerIds == null ? Set.of() : Set.copyOf(trainerIds),
                kind != null && kind.isSession() ? sessionId : null);
    }

    boolean hasUnreadableTime() {
        return (start != null && !start.isBlank() && time(start) == null) || (end != null && !end.isBlank() && time(end) == null);
    }

    private static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public CaravanPartKind getKind() { return kind; }
    public void setKind(CaravanPartKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public Long getVenueId() { return venueId; }
    public void setVenueId(Long venueId) { this.venueId = venueId; }
    public List<Long> getTrainerIds() { return trainerIds; }
    public void setTrainerIds(List<Long> trainerIds) { this.trainerIds = trainerIds; }
    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
    public boolean isSession() { return kind != null && kind.isSession(); }
}
