package rs.eobuka.impact.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rs.eobuka.impact.ImpactFigureRows;
import rs.eobuka.impact.ImpactFigures;
import rs.eobuka.impact.ImpactReport;
import rs.eobuka.impact.ImpactReportService;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;
import rs.eobuka.platform.web.BarChart;

/**
 * A report as its readers see it (reports/report.xhtml): public once published, for evaluators
 * while it is written and reviewed. The findings show in the reader's language where the author
 * wrote one, in Serbian Latin otherwise.
 */
@Named
@ViewScoped
public class ImpactReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ImpactReportService reports;

    @Inject
    transient CurrentUser user;

    private Long id;
    private ImpactReport report;
    private ImpactFigures figures;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            report = user.isEvaluator() ? reports.get(id) : reports.getPublished(id);
            figures = reports.figuresOf(report);
        } catch (NotFoundException e) {
            report = null;
        }
    }

    public boolean isFound() {
        return report != null;
    }

    public String getArea() {
        return reports.areaName(report, FacesTexts.language());
    }

    public List<ImpactFigureRows.Row> getRows() {
        return ImpactFigureRows.of(figures, FacesTexts.language());
    }

    public Map<String, Long> getByRegion() {
        boolean cyrillic = FacesTexts.language().isCyrillic();
        Map<String, Long> bars = new LinkedHashMap<>();
        figures.byRegion().forEach(c -> bars.put(c.name(cyrillic), c.count()));
        return bars;
    }

    public Map<String, Long> getByType() {
        return labelled(figures.byOrganisationType(), "organisationType.");
    }

    public Map<String, Long> getByService() {
        return labelled(figures.citizensByService(), "caravan.service.");
    }

    public List<Map.Entry<String, Long>> entries(Map<String, Long> bars) {
        return List.copyOf(bars.entrySet());
    }

    public String chart(Map<String, Long> bars) {
        return bars.isEmpty() ? null : BarChart.of(bars, FacesTexts.text("impact.fig.participantsTrained"), true);
    }

    /** A text in the reader's language, paragraphs kept. */
    public String text(rs.eobuka.platform.i18n.LocalizedText text) {
        return text == null ? null : text.in(FacesTexts.language());
    }

    public String pdfUrl() {
        return "/api/impact-reports/" + report.getId() + "/pdf";
    }

    private static Map<String, Long> labelled(Map<String, Long> counts, String prefix) {
        Language language = FacesTexts.language();
        Map<String, Long> bars = new LinkedHashMap<>();
        counts.forEach((key, n) -> bars.put(rs.eobuka.platform.i18n.Texts.message(language, prefix + key), n));
        return bars;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ImpactReport getReport() { return report; }
    public ImpactFigures getFigures() { return figures; }
}
