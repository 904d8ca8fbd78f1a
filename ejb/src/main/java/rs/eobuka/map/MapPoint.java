package rs.eobuka.map;

/** A place on the drawn map, in the map's own units (its SVG viewBox). */
public record MapPoint(double x, double y) {
}
