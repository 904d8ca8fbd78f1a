package rs.eobuka.map.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import rs.eobuka.map.MapFigure;
import rs.eobuka.map.MapMeasure;
import rs.eobuka.map.MapPoint;
import rs.eobuka.map.MapQuery;
import rs.eobuka.map.MapService;
import rs.eobuka.map.MapTile;
import rs.eobuka.map.SerbiaOutline;
import rs.eobuka.platform.i18n.web.LanguageSelection;
import rs.eobuka.reference.Programme;
import rs.eobuka.reference.ProgrammeService;
import rs.eobuka.session.Topic;

/**
 * The public map of Serbia: the reader picks a measure, programme, topic and period; every
 * in-scope LSGU is drawn at its seat with a circle sized and shaded by its figure, and the same
 * figures are listed in a table beside it. The filters are view parameters, so a map can be
 * bookmarked and shared.
 */
@Named
@ViewScoped
public class MapView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double MIN_RADIUS = 3;
    private static final double MAX_RADIUS = 16;

    @Inject
    transient MapService map;

    @Inject
    transient SerbiaOutline outline;

    @Inject
    transient ProgrammeService programmes;

    @Inject
    transient LanguageSelection languageSelection;

    private MapMeasure measure = MapMeasure.OFFICIALS_TRAINED;
    private Long programmeId;
    private Topic topic;
    private LocalDate from;
    private LocalDate to;
    private List<MapMarker> markers;

    /** Filters changed: count again. */
    public void refresh() {
        markers = null;
    }

    public MapQuery query() {
        return new MapQuery(measure, programmeId, topic, from, to != null && from != null && to.isBefore(from) ? from : to);
    }

    public List<MapMarker> getMarkers() {
        if (markers == null) {
            markers = draw(map.figures(query()));
        }
        return markers;
    }

    /** The table's order: the highest figure first, then by name. */
    public List<MapMarker> getRanked() {
        List<MapMarker> ranked = new ArrayList<>(getMarkers());
        ranked.sort(Comparator.comparing((MapMarker m) -> m.value() == null ? -1 : m.value()).reversed()
                .thenComparing(MapMarker::name));
        return ranked;
    }

    public long getReached() {
        return getMarkers().stream().filter(m -> !m.isEmpty()).count();
    }

    private List<MapMarker> draw(List<MapFigure> figures) {
        boolean cyrillic = languageSelection.isCyrillic();
        double max = figures.stream().map(MapFigure::value).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
        NumberFormat format = NumberFormat.getNumberInstance(languageSelection.getLocale());
        format.setMaximumFractionDigits(measure.isMean() ? 2 : 0);
        format.setMinimumFractionDigits(measure.isMean() ? 2 : 0);
        List<MapMarker> drawn = new ArrayList<>(figures.size());
        for (MapFigure figure : figures) {
            MapPoint point = outline.project(figure.latitude(), figure.longitude());
            Double value = figure.value();
            boolean nothing = value == null || value <= 0;
            // a mean is drawn on its own scale (1-5); a count by area, so that twice the people look twice as big
            double share = nothing ? 0 : measure.isMean() ? Math.max(0, (value - 1) / 4) : Math.sqrt(value / max);
            double radius = nothing ? MIN_RADIUS : MIN_RADIUS + 2 + (MAX_RADIUS - MIN_RADIUS - 2) * share;
            int shade = nothing ? 0 : Math.min(4, 1 + (int) Math.floor(share * 4));
            drawn.add(new MapMarker(figure.code(), figure.name(cyrillic), figure.region(cyrillic), point.x(), point.y(),
                    Math.round(radius * 10) / 10.0, shade, value, value == null ? "–" : format.format(value)));
        }
        // small circles last, so that a big one never hides them
        drawn.sort(Comparator.comparingDouble(MapMarker::radius).reversed());
        return drawn;
    }

    /** The filters as a query string, so that an LSGU's page opens with the figures the map showed. */
    public String getLinkParameters() {
        StringBuilder parameters = new StringBuilder("measure=").append(measure.name());
        if (programmeId != null) {
            parameters.append("&programmeId=").append(programmeId);
        }
        if (topic != null) {
            parameters.append("&topic=").append(topic.name());
        }
        if (from != null) {
            parameters.append("&from=").append(from);
        }
        if (to != null) {
            parameters.append("&to=").append(to);
        }
        return parameters.toString();
    }

    public String getOutline() {
        return outline.path();
    }

    public String getViewBox() {
        return "0 0 " + outline.width() + " " + outline.height();
    }

    /** Background tiles, only when a tile server is configured; they come through the application's own proxy. */
    public List<MapTile> getTiles() {
        return MapTileServlet.configured() ? outline.tiles() : List.of();
    }

    public List<Programme> getProgrammes() {
        return programmes.findAll();
    }

    public MapMeasure[] getMeasures() {
        return MapMeasure.values();
    }

    public Topic[] getTopics() {
        return Topic.values();
    }

    public MapMeasure getMeasure() { return measure; }
    public void setMeasure(MapMeasure measure) { this.measure = measure == null ? MapMeasure.OFFICIALS_TRAINED : measure; }
    public Long getProgrammeId() { return programmeId; }
    public void setProgrammeId(Long programmeId) { this.programmeId = programmeId; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
