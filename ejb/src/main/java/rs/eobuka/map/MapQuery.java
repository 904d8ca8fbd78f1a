package rs.eobuka.map;

import java.time.LocalDate;
import rs.eobuka.session.Topic;

/**
 * What the reader picked: the measure, and optionally a programme, a topic and the days (both
 * inclusive) that what was held falls in.
 */
public record MapQuery(MapMeasure measure, Long programmeId, Topic topic, LocalDate from, LocalDate to) {

    public MapQuery {
        if (measure == null) {
            measure = MapMeasure.OFFICIALS_TRAINED;
        }
    }

    public static MapQuery of(MapMeasure measure) {
        return new MapQuery(measure, null, null, null, null);
    }

    public MapQuery withMeasure(MapMeasure other) {
        return new MapQuery(other, programmeId, topic, from, to);
    }
}
