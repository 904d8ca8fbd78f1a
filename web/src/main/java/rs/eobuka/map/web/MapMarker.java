package rs.eobuka.map.web;

/**
 * An LSGU drawn on the map: its seat, a circle whose area follows its figure, one of five shades
 * (0 = nothing yet), and the text read out and shown for it.
 */
public record MapMarker(String code, String name, String region, double x, double y, double radius, int shade,
                        Double value, String valueText) {

    public boolean isEmpty() {
        return shade == 0;
    }
}
