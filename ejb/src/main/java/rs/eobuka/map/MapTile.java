package rs.eobuka.map;

/** A background tile (zoom, column, row) and where it lies on the drawn map, in the map's units. */
public record MapTile(int zoom, int column, int row, double x, double y, double size) {
}
