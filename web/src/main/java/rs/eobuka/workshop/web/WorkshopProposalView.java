package rs.eobuka.workshop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import rs.eobuka.booking.FreeSlot;
import rs.eobuka.booking.Trainer;
import rs.eobuka.booking.Venue;
import rs.eobuka.booking.VenueService;
import rs.eobuka.workshop.WorkshopRequestSearch;

/**
 * tasks/workshop-proposal.xhtml, the organizers' slot proposal: trainers who teach the topic, a
 * venue of the LSGU (or the requester's own), start and end; the free slots inside the
 * requester's windows for the chosen trainers and venue are one click away. A booking conflict is
 * shown in the user's language and everything chosen stays.
 */
@Named
@ViewScoped
public class WorkshopProposalView extends WorkshopTaskView {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 8;

    @Inject
    transient WorkshopRequestSearch search;

    @Inject
    transient VenueService venues;

    private Long[] trainerIds = new Long[0];
    private Long venueId;
    private LocalDateTime start;
    private LocalDateTime end;
    private List<FreeSlot> suggestions;

    public WorkshopProposalView() {
        super("proposal");
    }

    /** The free slots of the chosen trainers and venue inside the requester's windows. */
    public void suggest() {
        suggestions = search.suggestions(getSubject(), chosenTrainers(), venueId, WorkshopRequestSearch.DEFAULT_LENGTH, SUGGESTIONS);
    }

    public void use(FreeSlot slot) {
        start = slot.start();
        end = slot.end();
    }

    public void propose() throws IOException {
        JsonObjectBuilder payload = Json.createObjectBuilder();
        JsonArrayBuilder trainers = Json.createArrayBuilder();
        chosenTrainers().forEach(trainers::add);
        payload.add("trainerIds", trainers);
        if (start != null) {
            payload.add("start", start.toString());
        }
        if (end != null) {
            payload.add("end", end.toString());
        }
        if (venueId != null) {
            payload.add("venueId", venueId);
        }
        complete("PROPOSE", null, payload.build(), "workshop.proposal.done");
    }

    private Set<Long> chosenTrainers() {
        return trainerIds == null ? Set.of() : Arrays.stream(trainerIds).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    public List<Trainer> getTrainers() {
        return getSubject() == null ? List.of() : search.trainersFor(getSubject());
    }

    public List<Venue> getVenues() {
        return getSubject() == null ? List.of() : venues.inLsgu(getSubject().getLsguCode());
    }

    public List<FreeSlot> getSuggestions() { return suggestions; }
    public Long[] getTrainerIds() { return trainerIds; }
    public void setTrainerIds(Long[] trainerIds) { this.trainerIds = trainerIds; }
    public Long getVenueId() { return venueId; }
    public void setVenueId(Long venueId) { this.venueId = venueId; }
    public LocalDateTime getStart() { return start; }
    public void setStart(LocalDateTime start) { this.start = start; }
    public LocalDateTime getEnd() { return end; }
    public void setEnd(LocalDateTime end) { this.end = end; }
}
