package rs.eobuka.platform.privacy;

import java.util.Locale;

/** The person whose data is looked for: their account's id, user name and e-mail address. */
public record DataSubject(long accountId, String username, String email) {

    public DataSubject {
        email = email.strip().toLowerCase(Locale.ROOT);
    }
}
