package rs.eobuka.caravan.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import rs.eobuka.caravan.AgeBand;
import rs.eobuka.caravan.CaravanEvent;
import rs.eobuka.caravan.CaravanService;
import rs.eobuka.caravan.CornerService;
import rs.eobuka.caravan.CornerTallyService;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.security.web.CurrentUser;

/**
 * The Digital Corner's tally page ({@code caravan/tally.xhtml?event=}): only the event's staff
 * open it. The page itself only lays out the buttons; its script ({@code js/corner-tally.js})
 * records each tap on the device first and sends it to the API, so counting goes on offline.
 */
@Named
@ViewScoped
public class CornerTallyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaravanService caravan;

    @Inject
    transient CornerTallyService tally;

    @Inject
    transient CurrentUser user;

    private Long event;
    private CaravanEvent found;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            found = event == null ? null : caravan.get(event);
        } catch (NotFoundException e) {
            found = null;
        }
        if (found == null) {
            external.responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        } else if (!tally.isStaff(event, user.getUsername(), user.isOrganizer())) {
            external.responseSendError(403, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<CornerService> getServices() {
        return List.of(CornerService.values());
    }

    public List<AgeBand> getAgeBands() {
        return List.of(AgeBand.values());
    }

    public Long getEvent() { return event; }
    public void setEvent(Long event) { this.event = event; }
    public CaravanEvent getFound() { return found; }
}
