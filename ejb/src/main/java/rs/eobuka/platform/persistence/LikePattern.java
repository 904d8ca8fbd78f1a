package rs.eobuka.platform.persistence;

import java.util.Locale;

/**
 * A search text turned into a {@code like} pattern that matches the text literally: a name typed
 * with {@code %} or {@code _} in it looks for those characters instead of matching anything.
 * Queries use the pattern with {@link #ESCAPE} ({@code like :name escape '\'}), which H2 and
 * PostgreSQL read alike.
 */
public final class LikePattern {

    /** The clause that follows {@code like :parameter}. */
    public static final String ESCAPE = " escape '\\'";

    private LikePattern() {
    }

    /** Rows whose value contains the text, ignoring case (the query lower-cases the column). */
    public static String containing(String text, Locale locale) {
        return "%" + literal(text.strip().toLowerCase(locale)) + "%";
    }

    /** Rows whose value starts with the text, ignoring case (the query lower-cases the column). */
    public static String startingWith(String text, Locale locale) {
        return literal(text.strip().toLowerCase(locale)) + "%";
    }

    /** The text with the pattern characters and the escape character itself escaped. */
    public static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
