package rs.eobuka.map;

/**
 * One in-scope LSGU on the map: where its seat is and its figure for the measure asked for
 * ({@code null} for a mean nobody gave a rating to).
 */
public record MapFigure(String code, String nameLatn, String nameCyrl, String regionLatn, String regionCyrl,
                        double latitude, double longitude, Double value) {

    public String name(boolean cyrillic) {
        return cyrillic ? nameCyrl : nameLatn;
    }

    public String region(boolean cyrillic) {
        return cyrillic ? regionCyrl : regionLatn;
    }
}
