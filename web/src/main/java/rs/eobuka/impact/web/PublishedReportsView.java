package rs.eobuka.impact.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.impact.ImpactReport;
import rs.eobuka.impact.ImpactReportService;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.web.PagedModel;

/** The public list of published impact reports (reports/index.xhtml), newest first, paged in the database. */
@Named
@ViewScoped
public class PublishedReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ImpactReportService reports;

    private LazyDataModel<ImpactReport> list;

    @PostConstruct
    void init() {
        list = new PagedModel<>(() -> reports.count(true), (first, max) -> reports.list(true, first, max), r -> r.getId().toString());
    }

    public String area(ImpactReport report) {
        return reports.areaName(report, FacesTexts.language());
    }

    public LazyDataModel<ImpactReport> getList() { return list; }
}
