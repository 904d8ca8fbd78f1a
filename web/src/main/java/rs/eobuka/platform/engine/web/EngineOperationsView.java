package rs.eobuka.platform.engine.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import rs.eobuka.platform.engine.EngineOperations;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.PagedModel;

/** admin/engine.xhtml: open incidents with a retry each, failed jobs, and a process's history by its business key. */
@Named
@ViewScoped
public class EngineOperationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EngineOperations engine;

    @Inject
    transient CurrentUser user;

    private PagedModel<EngineOperations.OpenIncident> incidents;
    private String businessKey;
    private List<EngineOperations.Instance> instances = List.of();
    private String shownInstance;
    private List<EngineOperations.Step> steps = List.of();

    public PagedModel<EngineOperations.OpenIncident> getIncidents() {
        if (incidents == null) {
            incidents = new PagedModel<>(() -> engine.countOpenIncidents(), (first, max) -> engine.openIncidents(first, max),
                    EngineOperations.OpenIncident::id);
        }
        return incidents;
    }

    public long getFailedJobs() {
        return engine.countFailedJobs();
    }

    public void retry(String incidentId) {
        try {
            engine.retry(incidentId, user.getUsername());
            FacesTexts.info("engine.retried");
        } catch (DomainException e) {
            FacesTexts.error(e, "incidentsForm");
        }
    }

    public void search() {
        instances = engine.instances(businessKey);
        shownInstance = null;
        steps = List.of();
    }

    public void show(String processInstanceId) {
        try {
            steps = engine.steps(processInstanceId);
            shownInstance = processInstanceId;
        } catch (DomainException e) {
            FacesTexts.error(e, "historyForm");
        }
    }

    public String getBusinessKey() { return businessKey; }
    public void setBusinessKey(String businessKey) { this.businessKey = businessKey; }
    public List<EngineOperations.Instance> getInstances() { return instances; }
    public String getShownInstance() { return shownInstance; }
    public List<EngineOperations.Step> getSteps() { return steps; }
}
