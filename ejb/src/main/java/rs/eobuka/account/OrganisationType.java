package rs.eobuka.account;

/** Whom an official works for; trainings later name the types they are open to. */
public enum OrganisationType {
    /** Local self-government administration. */
    LSGU,
    PUBLIC_INSTITUTION,
    /** Civil-society organisation. */
    CSO,
    /** Employer or business. */
    EMPLOYER
}
