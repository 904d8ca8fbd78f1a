package rs.eobuka.map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Serbia's outline, from the bundled GeoJSON (see reference/README.md), projected once to Web
 * Mercator so that the map needs no tile server, and where a tile server is configured its tiles
 * fall in the same place. The map's units are pixels at zoom 7, shifted so that the outline (with
 * a margin) starts at 0,0.
 */
@ApplicationScoped
public class SerbiaOutline {

    static final int ZOOM = 7;
    /** Tiles are drawn one zoom level finer than the map's units, so they stay sharp when the map is enlarged. */
    static final int TILE_ZOOM = ZOOM + 1;
    private static final double MARGIN = 8;

    private String path;
    private double originX;
    private double originY;
    private double width;
    private double height;

    @PostConstruct
    void load() {
        try (InputStream in = SerbiaOutline.class.getResourceAsStream("/reference/serbia-outline.json")) {
            if (in == null) {
                throw new IllegalStateException("reference/serbia-outline.json is missing");
            }
            try (JsonReader reader = Json.createReader(in)) {
                build(reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void build(JsonObject featureCollection) {
        JsonObject geometry = featureCollection.getJsonArray("features").getJsonObject(0).getJsonObject("geometry");
        List<JsonArray> polygons = new ArrayList<>();
        if ("MultiPolygon".equals(geometry.getString("type"))) {
            geometry.getJsonArray("coordinates").forEach(p -> polygons.add(p.asJsonArray()));
        } else {
            polygons.add(geometry.getJsonArray("coordinates"));
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonArray polygon : polygons) {
            for (int r = 0; r < polygon.size(); r++) {
                List<double[]> ring = new ArrayList<>();
                for (var point : polygon.getJsonArray(r)) {
                    JsonArray lonLat = point.asJsonArray();
                    double x = x(lonLat.getJsonNumber(0).doubleValue());
                    double y = y(lonLat.getJsonNumber(1).doubleValue());
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                    ring.add(new double[] {x, y});
                }
                rings.add(ring);
            }
        }
        originX = minX - MARGIN;
        originY = minY - MARGIN;
        width = maxX - minX + 2 * MARGIN;
        height = maxY - minY + 2 * MARGIN;
        StringBuilder d = new StringBuilder();
        for (List<double[]> ring : rings) {
            for (int i = 0; i < ring.size(); i++) {
                d.append(i == 0 ? 'M' : 'L').append(number(ring.get(i)[0] - originX)).append(',').append(number(ring.get(i)[1] - originY));
            }
            d.append('Z');
        }
        path = d.toString();
    }

    /** The outline as an SVG path. */
    public String path() {
        return path;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Where a seat falls on the map. */
    public MapPoint project(double latitude, double longitude) {
        return new MapPoint(round(x(longitude) - originX), round(y(latitude) - originY));
    }

    /** The tiles that cover the map. */
    public List<MapTile> tiles() {
        double scale = Math.pow(2, TILE_ZOOM - ZOOM);
        double size = 256 / scale;
        int firstColumn = (int) Math.floor(originX / size);
        int lastColumn = (int) Math.floor((originX + width) / size);
        int firstRow = (int) Math.floor(originY / size);
        int lastRow = (int) Math.floor((originY + height) / size);
        List<MapTile> tiles = new ArrayList<>();
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                tiles.add(new MapTile(TILE_ZOOM, column, row, round(column * size - originX), round(row * size - originY), size));
            }
        }
        return tiles;
    }

    /** Whether a tile is one of the map's own: the tile proxy serves no other. */
    public boolean covers(int zoom, int column, int row) {
        return tiles().stream().anyMatch(t -> t.zoom() == zoom && t.column() == column && t.row() == row);
    }

    static double x(double longitude) {
        return (longitude + 180) / 360 * 256 * Math.pow(2, ZOOM);
    }

    static double y(double latitude) {
        double phi = Math.toRadians(latitude);
        return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * 256 * Math.pow(2, ZOOM);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
