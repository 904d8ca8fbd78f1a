package rs.eobuka.platform.privacy;

/**
 * The processing activities of eObuka, each one row of the record of processing activities
 * (ZZPL Art. 47). The purpose, the data subjects, the recipients and the retention are texts in
 * the three languages under {@code privacy.activity.<NAME>.*}; the legal basis is fixed here.
 */
public enum ProcessingActivity {
    ACCOUNTS(LegalBasis.PUBLIC_INTEREST),
    TRAINING_REGISTRATION(LegalBasis.CONSENT),
    TRAINERS(LegalBasis.CONTRACT),
    WORKSHOP_REQUESTS(LegalBasis.PUBLIC_INTEREST),
    FEEDBACK(LegalBasis.PUBLIC_INTEREST),
    COMPETITION_ENTRIES(LegalBasis.CONSENT),
    COMPETITION_JURY(LegalBasis.PUBLIC_INTEREST),
    COMPETITION_VOTES(LegalBasis.CONSENT),
    NOTIFICATIONS(LegalBasis.PUBLIC_INTEREST),
    STAFF_ACCOUNTABILITY(LegalBasis.PUBLIC_INTEREST),
    CONSENT_RECORDS(LegalBasis.LEGAL_OBLIGATION);

    private final LegalBasis basis;

    ProcessingActivity(LegalBasis basis) {
        this.basis = basis;
    }

    public LegalBasis basis() {
        return basis;
    }

    /** The key of one of the activity's texts: {@code name}, {@code purpose}, {@code subjects}, {@code recipients}, {@code retention}. */
    public String messageKey(String part) {
        return "privacy.activity." + name() + "." + part;
    }
}
