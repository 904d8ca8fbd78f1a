package rs.eobuka.map.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rs.eobuka.caravan.CaravanEvent;
import rs.eobuka.impact.ImpactReport;
import rs.eobuka.impact.ImpactReportService;
import rs.eobuka.map.MapMeasure;
import rs.eobuka.map.MapQuery;
import rs.eobuka.map.MapService;
import rs.eobuka.platform.i18n.web.LanguageSelection;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.session.Topic;
import rs.eobuka.session.TrainingSession;

/**
 * One LSGU's page, opened from the map: its figures under the map's filters, its sessions, its
 * caravan events and the published impact reports about it (its own, its region's, Serbia's).
 */
@Named
@ViewScoped
public class MunicipalityPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LISTED = 25;

    @Inject
    transient MapService map;

    @Inject
    transient LanguageSelection languageSelection;

    @Inject
    transient ImpactReportService impactReports;

    /** A measure and its figure as shown. */
    public record Figure(MapMeasure measure, String text) {
    }

    private String code;
    private MapMeasure measure;
    private Long programmeId;
    private Topic topic;
    private LocalDate from;
    private LocalDate to;
    private LocalSelfGovernmentUnit unit;
    private List<Figure> figures;
    private List<TrainingSession> sessions;
    private long sessionCount;
    private List<CaravanEvent> events;
    private List<ImpactReport> reports;

    public void load() {
        unit = map.unit(code).orElse(null);
        if (unit == null) {
            return;
        }
        Map<MapMeasure, Double> values = map.figuresOf(unit.getCode(), new MapQuery(measure, programmeId, topic, from, to));
        NumberFormat counts = NumberFormat.getIntegerInstance(languageSelection.getLocale());
        NumberFormat means = NumberFormat.getNumberInstance(languageSelection.getLocale());
        means.setMinimumFractionDigits(2);
        means.setMaximumFractionDigits(2);
        figures = new ArrayList<>();
        values.forEach((m, v) -> figures.add(new Figure(m, v == null ? "–" : (m.isMean() ? means : counts).format(v))));
        sessions = map.sessionsIn(unit.getCode(), LISTED);
        sessionCount = map.sessionCount(unit.getCode());
        events = map.caravanEventsIn(unit.getCode(), LISTED);
        reports = impactReports.publishedAbout(unit, LISTED);
    }

    public boolean isFound() {
        return unit != null;
    }

    /** Whether the figures are narrowed by the map's filters (then the page says so). */
    public boolean isFiltered() {
        return programmeId != null || topic != null || from != null || to != null;
    }

    public boolean isMoreSessions() {
        return sessionCount > sessions.size();
    }

    public LocalSelfGovernmentUnit getUnit() { return unit; }
    public List<Figure> getFigures() { return figures; }
    public List<TrainingSession> getSessions() { return sessions; }
    public long getSessionCount() { return sessionCount; }
    public List<CaravanEvent> getEvents() { return events; }
    public List<ImpactReport> getReports() { return reports; }

    public String area(ImpactReport report) {
        return impactReports.areaName(report, languageSelection.getLanguage());
    }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public MapMeasure getMeasure() { return measure; }
    public void setMeasure(MapMeasure measure) { this.measure = measure; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
