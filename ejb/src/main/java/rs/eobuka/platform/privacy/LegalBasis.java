package rs.eobuka.platform.privacy;

/** The lawful grounds of processing in Article 12(1) of the Law on Personal Data Protection (ZZPL). */
public enum LegalBasis {
    /** Art. 12(1)(1): the person's consent for one or more specific purposes. */
    CONSENT,
    /** Art. 12(1)(2): a contract the person is party to, or steps they asked for before one. */
    CONTRACT,
    /** Art. 12(1)(3): a legal obligation of the controller. */
    LEGAL_OBLIGATION,
    /** Art. 12(1)(5): a task in the public interest or in the exercise of official authority. */
    PUBLIC_INTEREST;

    public String messageKey() {
        return "privacy.basis." + name();
    }
}
