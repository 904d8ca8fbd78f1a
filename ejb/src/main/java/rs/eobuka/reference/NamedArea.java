package rs.eobuka.reference;

/** A region or district with its name in both scripts, for filters and pickers. */
public record NamedArea(String key, String nameLatn, String nameCyrl) {

    public String name(boolean cyrillic) {
        return cyrillic ? nameCyrl : nameLatn;
    }
}
