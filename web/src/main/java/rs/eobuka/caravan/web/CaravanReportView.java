package rs.eobuka.caravan.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import rs.eobuka.caravan.CaravanEvent;
import rs.eobuka.caravan.CaravanReportService;
import rs.eobuka.caravan.CaravanService;
import rs.eobuka.caravan.ReportFigures;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/**
 * organizer/caravan-report.xhtml?event=: the report of a caravan event after its day, with the
 * participants present (attendance of its sessions) and the citizens helped (the tally) counted
 * by the application; filing it marks the event held.
 */
@Named
@ViewScoped
public class CaravanReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaravanService caravan;

    @Inject
    transient CaravanReportService reports;

    @Inject
    transient CurrentUser user;

    private Long event;
    private transient CaravanEvent found;
    private transient ReportFigures figures;
    private String issues;
    private String nextTime;

    public void load() throws IOException {
        try {
            found = event == null ? null : caravan.get(event);
        } catch (NotFoundException e) {
            found = null;
        }
        if (found == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        figures = reports.figures(event);
        if (!FacesContext.getCurrentInstance().isPostback()) {
            issues = found.getReportIssues();
            nextTime = found.getReportNextTime();
        }
    }

    public void file() {
        try {
            reports.file(event, issues, nextTime, user.getUsername());
            FacesTexts.info("caravanReport.filed");
        } catch (DomainException e) {
            FacesTexts.error(e, "reportForm");
        }
        found = caravan.get(event);
        figures = reports.figures(event);
    }

    /** Citizens helped per service, every service listed. */
    public List<Map.Entry<String, Long>> getByService() {
        return figures.tally().byService().entrySet().stream()
                .map(e -> Map.entry(e.getKey().name(), e.getValue())).toList();
    }

    public List<Map.Entry<String, Long>> getByAgeBand() {
        return figures.tally().byAgeBand().entrySet().stream()
                .map(e -> Map.entry(e.getKey().name(), e.getValue())).toList();
    }

    public Long getEvent() { return event; }
    public void setEvent(Long event) { this.event = event; }
    public CaravanEvent getFound() { return found; }
    public ReportFigures getFigures() { return figures; }
    public String getIssues() { return issues; }
    public void setIssues(String issues) { this.issues = issues; }
    public String getNextTime() { return nextTime; }
    public void setNextTime(String nextTime) { this.nextTime = nextTime; }
}
