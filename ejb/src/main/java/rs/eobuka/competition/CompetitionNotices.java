package rs.eobuka.competition;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import rs.eobuka.account.Account;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.mail.Links;
import rs.eobuka.platform.mail.MailOutbox;

/**
 * The e-mails of a competition entry, queued in the outbox in the language the entrant wrote in.
 * Every template gets the entrant's name, the entry's title and the competition's title first.
 */
@Stateless
public class CompetitionNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    MailOutbox outbox;

    public void confirmEntry(CompetitionEntry entry, String token, long hoursToConfirm) {
        send(entry, "competitionEntryConfirm", Links.to("/competition/confirm.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)),
                hoursToConfirm);
    }

    public void published(CompetitionEntry entry) {
        send(entry, "competitionEntryPublished", Links.to("/campaign.xhtml?id=" + entry.getCompetition().getCampaign().getId()));
    }

    public void rejected(CompetitionEntry entry) {
        send(entry, "competitionEntryRejected", entry.getRejectReason());
    }

    /** The entrant's place in the published results; the first of a category hears that they won. */
    public void placed(CompetitionEntry entry, int position) {
        String results = Links.to("/competition/results.xhtml?id=" + entry.getCompetition().getId());
        if (position == 1) {
            send(entry, "competitionWinner", results, entry.getCategory().getName().in(entry.getLanguage()),
                    entry.getCategory().getPrize().in(entry.getLanguage()));
        } else {
            send(entry, "competitionResults", results, entry.getCategory().getName().in(entry.getLanguage()), position);
        }
    }

    /** A juror hears how many entries they still have to score, and by when. */
    public void juryReminder(Account juror, Competition competition, long open) {
        Language language = juror.preferredLanguage();
        outbox.enqueue(juror.getEmail(), language, "competitionJuryReminder", juror.getFullName(), competition.getTitle().in(language),
                open, WHEN.format(competition.getJuryDeadline()), Links.to("/inbox/index.xhtml"));
    }

    private void send(CompetitionEntry entry, String template, Object... more) {
        Language language = entry.getLanguage();
        Object[] arguments = new Object[3 + more.length];
        arguments[0] = entry.getEntrantName();
        arguments[1] = entry.getTitle();
        arguments[2] = entry.getCompetition().getTitle().in(language);
        System.arraycopy(more, 0, arguments, 3, more.length);
        outbox.enqueue(entry.getEmail(), language, template, arguments);
    }
}
