package rs.eobuka.booking.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleModel;
import rs.eobuka.booking.BookingCalendarService;
import rs.eobuka.booking.CalendarAbsence;
import rs.eobuka.booking.CalendarBooking;
import rs.eobuka.booking.CalendarFilter;
import rs.eobuka.booking.DateWindow;
import rs.eobuka.booking.FreeSlot;
import rs.eobuka.booking.FreeSlotFinder;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.session.Topic;

/**
 * organizer/calendar.xhtml: every booking of trainers and venues in the week or month shown (the
 * schedule asks for its visible range only), filtered by trainer, venue, region and topic, with
 * trainers' absences behind them; and the search for a slot in which chosen trainers and a venue
 * are all free.
 */
@Named
@ViewScoped
public class PlanningCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Suggestions listed at once; the organizer narrows the range for more. */
    static final int MAX_SLOTS = 20;

    @Inject
    transient BookingCalendarService calendar;

    @Inject
    transient FreeSlotFinder finder;

    private Long[] trainerIds = new Long[0];
    private Long[] venueIds = new Long[0];
    private String region;
    private Topic topic;
    private ScheduleModel model;
    private LocalDate initialDate;

    private Long[] slotTrainerIds = new Long[0];
    private Long slotVenueId;
    private LocalDate slotFrom;
    private LocalDate slotTo;
    private Integer slotMinutes = 120;
    private List<FreeSlot> slots;

    @PostConstruct
    void init() {
        slotFrom = SerbianTime.now().toLocalDate().plusDays(1);
        slotTo = slotFrom.plusDays(13);
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                CalendarFilter filter = new CalendarFilter(start, end, Set.of(trainerIds), Set.of(venueIds), region, topic);
                calendar.bookings(filter).forEach(b -> addEvent(event(b)));
                calendar.absences(filter).forEach(a -> addEvent(event(a)));
            }
        };
    }

    private static DefaultScheduleEvent<?> event(CalendarBooking booking) {
        String kind = FacesTexts.text("calendar.kind." + booking.holderKind().name());
        return DefaultScheduleEvent.builder()
                .id("booking-" + booking.id())
                .title(kind + ": " + booking.resourceName() + " – " + booking.label())
                .description(FacesTexts.text("calendar.bookingNo", String.valueOf(booking.id())))
                .startDate(booking.startsAt()).endDate(booking.endsAt())
                // colours by holder kind come from css/booking.css
                .styleClass("booking-" + booking.holderKind().name().toLowerCase(java.util.Locale.ROOT))
                .editable(false)
                .build();
    }

    private static DefaultScheduleEvent<?> event(CalendarAbsence absence) {
        return DefaultScheduleEvent.builder()
                .id("absence-" + absence.id())
                .title(FacesTexts.text("calendar.absence", absence.trainerName()))
                .description(absence.reason())
                .startDate(absence.startsAt()).endDate(absence.endsAt())
                .display(ScheduleDisplayMode.BACKGROUND)
                .styleClass("trainer-absence")
                .editable(false)
                .build();
    }

    public void findSlots() {
        slots = null;
        if (slotFrom == null || slotTo == null || slotTo.isBefore(slotFrom)) {
            FacesTexts.error("booking.span.invalid");
            return;
        }
        if (slotMinutes == null || slotMinutes < 15 || slotMinutes > 8 * 60) {
            FacesTexts.error("booking.slotLength.invalid");
            return;
        }
        if ((slotTrainerIds == null || slotTrainerIds.length == 0) && slotVenueId == null) {
            FacesTexts.error("booking.slotResources.required");
            return;
        }
        slots = finder.find(slotTrainerIds == null ? Set.of() : Set.of(slotTrainerIds), slotVenueId,
                List.of(new DateWindow(slotFrom, slotTo.isAfter(slotFrom.plusDays(92)) ? slotFrom.plusDays(92) : slotTo)),
                Duration.ofMinutes(slotMinutes), MAX_SLOTS);
    }

    public ScheduleModel getModel() { return model; }
    /** The day the calendar opens on ({@code ?date=2026-03-02}); today when not given. */
    public LocalDate getInitialDate() { return initialDate == null ? SerbianTime.now().toLocalDate() : initialDate; }
    public void setInitialDate(LocalDate initialDate) { this.initialDate = initialDate; }
    public Long[] getTrainerIds() { return trainerIds; }
    public void setTrainerIds(Long[] trainerIds) { this.trainerIds = trainerIds == null ? new Long[0] : trainerIds; }
    public Long[] getVenueIds() { return venueIds; }
    public void setVenueIds(Long[] venueIds) { this.venueIds = venueIds == null ? new Long[0] : venueIds; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region == null || region.isBlank() ? null : region; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public Long[] getSlotTrainerIds() { return slotTrainerIds; }
    public void setSlotTrainerIds(Long[] slotTrainerIds) { this.slotTrainerIds = slotTrainerIds; }
    public Long getSlotVenueId() { return slotVenueId; }
    public void setSlotVenueId(Long slotVenueId) { this.slotVenueId = slotVenueId; }
    public LocalDate getSlotFrom() { return slotFrom; }
    public void setSlotFrom(LocalDate slotFrom) { this.slotFrom = slotFrom; }
    public LocalDate getSlotTo() { return slotTo; }
    public void setSlotTo(LocalDate slotTo) { this.slotTo = slotTo; }
    public Integer getSlotMinutes() { return slotMinutes; }
    public void setSlotMinutes(Integer slotMinutes) { this.slotMinutes = slotMinutes; }
    public List<FreeSlot> getSlots() { return slots; }
}
