package rs.eobuka.workshop.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.PagedModel;
import rs.eobuka.reference.LsguService;
import rs.eobuka.workshop.WorkshopFilter;
import rs.eobuka.workshop.WorkshopRequest;
import rs.eobuka.workshop.WorkshopRequestSearch;
import rs.eobuka.workshop.WorkshopRequestService;

/**
 * What the requester's and the organizers' lists of workshop requests share
 * (WEB-INF/includes/workshop-requests.xhtml): a page of requests of the list's filter, each with
 * its LSGU's name, the requester's open answer task, and withdrawal with a reason.
 */
public abstract class WorkshopRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkshopRequestService requests;

    @Inject
    transient WorkshopRequestSearch search;

    @Inject
    transient LsguService lsgus;

    @Inject
    transient CurrentUser user;

    private final Map<Long, String> reasons = new HashMap<>();
    private final String formId;
    private final LazyDataModel<WorkshopRequest> model = new PagedModel<>(() -> search.count(filter()),
            (first, max) -> search.find(filter(), first, max), w -> w.getId().toString());

    protected WorkshopRequestsView(String formId) {
        this.formId = formId;
    }

    /** Which requests the list shows. */
    protected abstract WorkshopFilter filter();

    public void withdraw(WorkshopRequest request) {
        try {
            requests.withdraw(request.getId(), user.getUsername(), user.isOrganizer(), reasons.get(request.getId()));
            reasons.remove(request.getId());
            FacesTexts.info("workshop.withdrawn", String.valueOf(request.getId()));
        } catch (DomainException e) {
            FacesTexts.error(e, formId);
        }
    }

    public String lsguName(WorkshopRequest request) {
        return lsgus.findByCode(request.getLsguCode()).map(l -> l.name(FacesTexts.language().isCyrillic())).orElse(request.getLsguCode());
    }

    /** The caller's open answer task of the request, or null. */
    public String answerTask(WorkshopRequest request) {
        return requests.answerTaskOf(request, user.getUsername());
    }

    protected CurrentUser user() {
        return user;
    }

    public LazyDataModel<WorkshopRequest> getRequests() { return model; }
    public Map<Long, String> getReasons() { return reasons; }
}
