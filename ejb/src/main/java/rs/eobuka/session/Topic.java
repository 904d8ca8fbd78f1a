package rs.eobuka.session;

/** What a training teaches; the catalogue filters by it. Labels are {@code topic.X} in the bundles. */
public enum Topic {
    ELECTRONIC_OFFICE,
    E_SIGNATURE,
    E_MAILBOX,
    INFORMATION_SECURITY,
    E_INVOICING,
    E_SICK_LEAVE,
    E_PAY,
    URNTR,
    OPEN_DATA,
    LOCAL_E_GOVERNMENT,
    CIVIL_SOCIETY
}
