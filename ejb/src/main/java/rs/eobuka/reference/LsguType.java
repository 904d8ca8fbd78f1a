package rs.eobuka.reference;

/** The kind of a local self-government unit, as the Law on Territorial Organisation names it. */
public enum LsguType {
    CITY, MUNICIPALITY, CITY_MUNICIPALITY
}
