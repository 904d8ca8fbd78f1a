package rs.eobuka.session;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.mail.Links;
import rs.eobuka.platform.mail.MailAttachment;
import rs.eobuka.platform.time.SerbianTime;

/**
 * A session as an iCalendar file (RFC 5545), for the catalogue's download and the confirmation
 * e-mail. Times are written in UTC, which every calendar reads without a time-zone table.
 */
public final class SessionCalendar {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    private static final int MAX_LINE_OCTETS = 75;

    private SessionCalendar() {
    }

    public static String ics(TrainingSession session, Language language) {
        VEvent event = new VEvent(SerbianTime.instant(session.getStartsAt()), SerbianTime.instant(session.getEndsAt()),
                session.getTraining().title(language));
        event.add(new Uid("session-" + session.getId() + "@eobuka.rs"));
        event.add(new Location(SessionTexts.where(session, language)));
        String description = session.getTraining().description(language);
        if (description != null) {
            event.add(new Description(description));
        }
        event.add(new Url(URI.create(Links.to("/catalogue/session.xhtml?id=" + session.getId()))));
        Calendar calendar = new Calendar()
                .withProdId(new ProdId("-//eObuka//Training sessions//EN").getValue())
                .withDefaults()
                .withComponent(event)
                .getFluentTarget();
        // ical4j folds at 75 characters, but RFC 5545 means 75 octets: Cyrillic takes two each,
        // so the lines are written whole and folded here
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, ics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return foldedAtOctets(ics.toString());
    }

    /** Folds every line to at most 75 octets of UTF-8 (RFC 5545, 3.1), never inside a character. */
    static String foldedAtOctets(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + 64);
        for (String line : unfolded.replace("\r\n ", "").split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    public static String fileName(TrainingSession session) {
        return "eobuka-session-" + session.getId() + ".ics";
    }

    public static MailAttachment attachment(TrainingSession session, Language language) {
        return new MailAttachment(fileName(session), CONTENT_TYPE, ics(session, language));
    }
}
