package rs.eobuka.caravan.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import rs.eobuka.booking.Trainer;
import rs.eobuka.booking.Venue;
import rs.eobuka.booking.VenueService;
import rs.eobuka.caravan.CaravanEvent;
import rs.eobuka.caravan.CaravanPartKind;
import rs.eobuka.caravan.CaravanService;
import rs.eobuka.caravan.CornerService;
import rs.eobuka.caravan.CornerTallyService;
import rs.eobuka.caravan.EventPlan;
import rs.eobuka.caravan.LsguTally;
import rs.eobuka.caravan.PartPlan;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.session.SessionFilter;
import rs.eobuka.session.SessionService;
import rs.eobuka.session.SessionSort;
import rs.eobuka.session.SessionStatus;
import rs.eobuka.session.TrainingSession;

/**
 * organizer/caravan.xhtml: the caravan events, latest first, and the form that plans a new one or
 * changes a planned one with its programme. A refused save (a trainer or venue already booked)
 * shows why in the user's language and keeps every row as typed.
 */
@Named
@ViewScoped
public class CaravanPlanView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 50;

    @Inject
    transient CaravanService caravan;

    @Inject
    transient VenueService venues;

    @Inject
    transient SessionService sessions;

    @Inject
    transient CurrentUser user;

    @Inject
    transient CornerTallyService tally;

    private Long editingId;
    private long version;
    private String lsguCode;
    private LocalDate day;
    private String title;
    private String description;
    private List<PartRow> parts = new ArrayList<>();
    private boolean editing;
    private transient List<CaravanEvent> events;
    private transient List<Trainer> trainerList;

    public void startNew() {
        editingId = null;
        version = 0;
        lsguCode = null;
        day = null;
        title = null;
        description = null;
        parts = new ArrayList<>(List.of(new PartRow()));
        editing = true;
    }

    public void edit(long id) {
        try {
            CaravanEvent event = caravan.get(id);
            editingId = event.getId();
            version = event.getVersion();
            lsguCode = event.getLsgu().getCode();
            day = event.getDay();
            title = event.getTitle();
            description = event.getDescription();
            parts = new ArrayList<>(event.getParts().stream().map(PartRow::of).toList());
            editing = true;
        } catch (DomainException e) {
            FacesTexts.error(e, "planForm");
        }
    }

    public void addPart() {
        parts.add(new PartRow());
    }

    public void removePart(int index) {
        if (index >= 0 && index < parts.size()) {
            parts.remove(index);
        }
    }

    public void save() {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).hasUnreadableTime()) {
                FacesTexts.error("caravan.api.time.invalid");
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                return;
            }
        }
        List<PartPlan> plans = parts.stream().map(PartRow::toPlan).toList();
        EventPlan plan = new EventPlan(lsguCode, day, title, description, plans);
        try {
            CaravanEvent saved = editingId == null ? caravan.plan(plan, user.getUsername())
                    : caravan.update(editingId, version, plan, user.getUsername());
            FacesTexts.info("caravanPlan.saved", saved.getTitle());
            editing = false;
            events = null;
        } catch (DomainException e) {
            FacesTexts.error(e, "planForm");
        } catch (ConstraintViolationException e) {
            FacesTexts.error(e, "planForm");
        }
    }

    public void close() {
        editing = false;
    }

    public void cancelEvent(long id) {
        try {
            CaravanEvent cancelled = caravan.cancel(id, null);
            FacesTexts.info("caravanPlan.cancelled", cancelled.getTitle());
            events = null;
        } catch (DomainException e) {
            FacesTexts.error(e, "eventsForm");
        }
    }

    public List<CaravanEvent> getEvents() {
        if (events == null) {
            events = caravan.findAll(0, SHOWN);
        }
        return events;
    }

    public List<Trainer> getTrainers() {
        if (trainerList == null) {
            trainerList = caravan.activeTrainers();
        }
        return trainerList;
    }

    /** Venues of the event's municipality. */
    public List<Venue> getVenues() {
        return lsguCode == null || lsguCode.isBlank() ? List.of() : venues.inLsgu(lsguCode);
    }

    /** Published sessions in the municipality on the event's day, which a workshop or training part runs as. */
    public List<TrainingSession> getSessions() {
        if (lsguCode == null || lsguCode.isBlank() || day == null) {
            return List.of();
        }
        return sessions.find(new SessionFilter(null, null, lsguCode, null, day, day, false, Set.of(SessionStatus.PUBLISHED)),
                SessionSort.STARTS_AT, true, 0, 50);
    }

    /** Citizens helped per municipality and per service, over every event. */
    public List<LsguTally> getTotalsByLsgu() {
        return tally.totalsByLsgu();
    }

    public List<java.util.Map.Entry<CornerService, Long>> getTotalsByService() {
        return List.copyOf(tally.totalsByService().entrySet());
    }

    public CaravanPartKind[] getKinds() {
        return CaravanPartKind.values();
    }

    public boolean isEditing() { return editing; }
    public Long getEditingId() { return editingId; }
    public String getLsguCode() { return lsguCode; }
    public void setLsguCode(String lsguCode) { this.lsguCode = lsguCode; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<PartRow> getParts() { return parts; }
}
