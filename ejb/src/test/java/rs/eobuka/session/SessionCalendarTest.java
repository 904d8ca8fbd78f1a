package rs.eobuka.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.mail.MailAttachment;

class SessionCalendarTest {

    @Test
    void shouldWriteOneEventWithTheSessionsUid() {
        // Given a session (id 42)
        TrainingSession session = SessionFixtures.published(20);

        // When it is written as a calendar file
        String ics = SessionCalendar.ics(session, Language.SR_LATN);

        // Then it is one event, identified by the session
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "END:VEVENT", "END:VCALENDAR");
        assertThat(unfolded(ics)).contains("UID:session-42@eobuka.rs", "SUMMARY:Elektronsko kancelarijsko poslovanje");
    }

    @Test
    void shouldWriteStartAndEndInUtc() {
        // Given a session at 10:00 in Belgrade on 24 November (winter time, UTC+1)
        TrainingSession session = SessionFixtures.published(20);

        // When it is written
        String ics = unfolded(SessionCalendar.ics(session, Language.EN));

        // Then the times are UTC
        assertThat(ics).contains("DTSTART:20261124T090000Z", "DTEND:20261124T150000Z");
    }

    @Test
    void shouldFoldLinesAtSeventyFiveOctets() {
        // Given a session whose description and place make long lines, in Cyrillic (two octets a letter)
        TrainingSession session = SessionFixtures.published(20);

        // When it is written
        String ics = SessionCalendar.ics(session, Language.SR_CYRL);

        // Then no line is longer than 75 octets, and lines end in CRLF
        assertThat(ics).contains("\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(unfolded(ics)).contains("LOCATION:Gradska uprava Kragujevac\\, velika sala\\, Trg slobode 3\\, Крагујевац");
    }

    @Test
    void shouldAttachAsTextCalendarFile() {
        MailAttachment attachment = SessionCalendar.attachment(SessionFixtures.published(20), Language.EN);

        assertThat(attachment.fileName()).isEqualTo("eobuka-session-42.ics");
        assertThat(attachment.contentType()).startsWith("text/calendar");
        assertThat(attachment.content()).contains("BEGIN:VCALENDAR");
    }

    /** Undoes RFC 5545 folding: a CRLF followed by one space or tab continues the line. */
    static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n\t", "");
    }
}
