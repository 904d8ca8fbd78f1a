package rs.eobuka.platform.privacy;

/** What kind of personal data a column holds, as the record of processing groups it. */
public enum DataCategory {
    /** Name, user name. */
    IDENTITY,
    /** E-mail address, phone number, a contact line. */
    CONTACT,
    /** Organisation and job title. */
    EMPLOYMENT,
    /** Password hash, verification token. */
    CREDENTIALS,
    /** A reference to the person's account from another record. */
    ACCOUNT_LINK,
    /** A keyed hash of an e-mail or network address: pseudonymous, still personal. */
    PSEUDONYM,
    /** What the person wrote: an entry's story, a message's body. */
    CONTENT;

    public String messageKey() {
        return "privacy.category." + name();
    }
}
