package rs.eobuka.reference;

/**
 * What to list: a region and/or a district (by their Latin names, which are stable keys) and
 * a text that the name starts with, in either script. Any part may be null.
 */
public record LsguFilter(String region, String district, String nameStartsWith) {

    public static LsguFilter all() {
        return new LsguFilter(null, null, null);
    }
}
