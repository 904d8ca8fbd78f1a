package rs.eobuka.session;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import rs.eobuka.platform.i18n.Language;

/** How a session's time and place read in e-mails and documents, in the reader's language. */
public final class SessionTexts {

    private SessionTexts() {
    }

    /** Start and end, e.g. "24. 11. 2026. 10:00 – 14:00". */
    public static String when(TrainingSession session, Language language) {
        DateTimeFormatter start = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language.locale());
        DateTimeFormatter end = session.getEndsAt().toLocalDate().equals(session.getStartsAt().toLocalDate())
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale())
                : start;
        return start.format(session.getStartsAt()) + " – " + end.format(session.getEndsAt());
    }

    /** Venue, address and municipality, in the reader's script. */
    public static String where(TrainingSession session, Language language) {
        String address = session.getAddress() == null ? "" : ", " + session.getAddress();
        return session.getVenue() + address + ", " + session.getLsgu().name(language.isCyrillic());
    }
}
