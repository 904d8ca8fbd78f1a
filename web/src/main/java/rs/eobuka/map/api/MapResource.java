package rs.eobuka.map.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import rs.eobuka.map.MapFigure;
import rs.eobuka.map.MapMeasure;
import rs.eobuka.map.MapQuery;
import rs.eobuka.map.MapService;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.session.Topic;

/** Public: the map of Serbia's figures, one entry per in-scope LSGU, in one call. */
@ApplicationScoped
@Path("map")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class MapResource {

    @Inject
    MapService map;

    /** {@code value}: a count, or for SATISFACTION a mean of 1–5 ratings ({@code null} where nobody rated). */
    public record MapEntry(String code, String nameLatn, String nameCyrl, String region, String regionCyrl,
                           double latitude, double longitude, Double value) {

        static MapEntry of(MapFigure f) {
            return new MapEntry(f.code(), f.nameLatn(), f.nameCyrl(), f.regionLatn(), f.regionCyrl(), f.latitude(), f.longitude(),
                    f.value());
        }
    }

    public record MapAnswer(String measure, Long programmeId, String topic, LocalDate from, LocalDate to, List<MapEntry> lsgus) {
    }

    @GET
    public Response get(@QueryParam("measure") String measure, @QueryParam("programmeId") Long programmeId,
                        @QueryParam("topic") String topic, @QueryParam("from") String from, @QueryParam("to") String to,
                        @Context HttpHeaders headers) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        MapMeasure chosen = measure == null || measure.isBlank() ? MapMeasure.OFFICIALS_TRAINED
                : input.constant("measure", measure, MapMeasure.class);
        Topic chosenTopic = topic == null || topic.isBlank() ? null : input.constant("topic", topic, Topic.class);
        LocalDate fromDay = from == null || from.isBlank() ? null : input.date("from", from);
        LocalDate toDay = to == null || to.isBlank() ? null : input.date("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            input.addMessage("to", "map.periodReversed");
        }
        if (input.hasErrors()) {
            return input.problem();
        }
        MapQuery query = new MapQuery(chosen, programmeId, chosenTopic, fromDay, toDay);
        List<MapEntry> entries = map.figures(query).stream().map(MapEntry::of).toList();
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(new MapAnswer(query.measure().name(), programmeId, chosenTopic == null ? null : chosenTopic.name(),
                fromDay, toDay, entries)).cacheControl(cache).build();
    }
}
