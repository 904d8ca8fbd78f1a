package rs.eobuka.platform.privacy;

/**
 * How a personal column names the person it is about, so that everything kept about someone
 * can be found: by their account's id, their user name or their e-mail address. {@code NONE}
 * for data found through another column of the same row, or not linkable to a person at all
 * (a hashed network address).
 */
public enum SubjectKey {
    NONE,
    ACCOUNT_ID,
    USERNAME,
    EMAIL
}
