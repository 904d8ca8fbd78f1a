package rs.eobuka.workshop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.IOException;
import java.util.List;
import rs.eobuka.caravan.CaravanStop;

/**
 * tasks/workshop-triage.xhtml, the organizers' triage of a workshop request: what was asked;
 * accept, decline with a reason, or attach to one of the planned caravan events of its LSGU.
 */
@Named
@ViewScoped
public class WorkshopTriageView extends WorkshopTaskView {

    private static final long serialVersionUID = 1L;

    private Long caravanEventId;

    public WorkshopTriageView() {
        super("triage");
    }

    public void accept() throws IOException {
        complete("ACCEPT", null, null, "workshop.triage.accepted");
    }

    public void declineRequest() throws IOException {
        complete("DECLINE", getReason(), null, "workshop.triage.declined");
    }

    public void attach() throws IOException {
        complete("ATTACH", null, caravanEventId == null ? null
                : Json.createObjectBuilder().add("caravanEventId", caravanEventId).build(), "workshop.triage.attached");
    }

    public List<CaravanStop> getCaravanStops() {
        return getSubject() == null ? List.of() : requests().caravanStopsFor(getSubject());
    }

    public Long getCaravanEventId() { return caravanEventId; }
    public void setCaravanEventId(Long caravanEventId) { this.caravanEventId = caravanEventId; }
}
