package rs.eobuka.impact.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.impact.ImpactReport;
import rs.eobuka.impact.ImpactReportService;
import rs.eobuka.impact.ImpactScope;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.platform.web.PagedModel;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.LsguFilter;
import rs.eobuka.reference.LsguService;
import rs.eobuka.reference.NamedArea;
import rs.eobuka.reference.Programme;
import rs.eobuka.reference.ProgrammeService;

/**
 * The evaluators' impact reports (evaluator/reports.xhtml): start one for a programme and period,
 * optionally a region or an LSGU (its figures are counted at once), and every report with where
 * it stands, newest first.
 */
@Named
@ViewScoped
public class ImpactReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ImpactReportService reports;

    @Inject
    transient ProgrammeService programmes;

    @Inject
    transient LsguService lsgus;

    @Inject
    transient CurrentUser user;

    private Long programmeId;
    private LocalDate from;
    private LocalDate to;
    private String region;
    private String lsguCode;
    private LazyDataModel<ImpactReport> list;

    @PostConstruct
    void init() {
        // the last full quarter, the period donors most often ask for
        LocalDate today = SerbianTime.now().toLocalDate();
        LocalDate quarter = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        from = quarter.minusMonths(3);
        to = quarter.minusDays(1);
        list = new PagedModel<>(() -> reports.count(false), (first, max) -> reports.list(false, first, max), r -> r.getId().toString());
    }

    public void create() throws IOException {
        if (programmeId == null) {
            FacesTexts.error("impact.programmeRequired");
            return;
        }
        try {
            ImpactReport report = reports.create(new ImpactScope(programmeId, from, to, blank(region), blank(lsguCode)), user.getUsername());
            FacesTexts.infoAfterRedirect("/evaluator/report.xhtml?id=" + report.getId(), "impact.created");
        } catch (DomainException e) {
            FacesTexts.error(e, "newReport");
        }
    }

    public String area(ImpactReport report) {
        return reports.areaName(report, FacesTexts.language());
    }

    public List<Programme> getProgrammes() {
        return programmes.findAll();
    }

    public List<NamedArea> getRegions() {
        return lsgus.regions();
    }

    public List<LocalSelfGovernmentUnit> getUnits() {
        return lsgus.find(new LsguFilter(null, null, null), 0, 500);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public LazyDataModel<ImpactReport> getList() { return list; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getLsguCode() { return lsguCode; }
    public void setLsguCode(String lsguCode) { this.lsguCode = lsguCode; }
}
