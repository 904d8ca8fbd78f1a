package rs.eobuka.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.Map;

/** A bar chart as Chart.js (PrimeFaces' {@code p:chart}) reads it: one series, bars in the map's order, no legend. */
public final class BarChart {

    private static final String BAR_COLOUR = "#1d4f91";

    private BarChart() {
    }

    /** {@code horizontal} for long labels (regions, e-services). */
    public static String of(Map<String, Long> bars, String seriesLabel, boolean horizontal) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Map.Entry<String, Long> bar : bars.entrySet()) {
            labels.add(bar.getKey());
            data.add(bar.getValue());
        }
        var options = Json.createObjectBuilder().add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", seriesLabel).add("data", data).add("backgroundColor", BAR_COLOUR))))
                .add("options", options)
                .build().toString();
    }
}
