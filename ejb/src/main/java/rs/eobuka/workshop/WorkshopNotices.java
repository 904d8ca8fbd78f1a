package rs.eobuka.workshop;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountFilter;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.AccountStatus;
import rs.eobuka.booking.Trainer;
import rs.eobuka.booking.Venue;
import rs.eobuka.booking.VenueService;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.mail.Links;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.reference.LsguService;
import rs.eobuka.session.SessionCalendar;
import rs.eobuka.session.TrainingSession;

/**
 * The e-mails of a workshop request, queued in the outbox in each recipient's language (trainers
 * have no account: they get the default language). Every template gets the same first four
 * arguments: recipient's name, topic, organisation with its LSGU, link to the request; then its own.
 */
@Stateless
public class WorkshopNotices {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String INBOX = "/inbox/index.xhtml";

    @Inject
    MailOutbox outbox;

    @Inject
    AccountLookupService accounts;

    @Inject
    LsguService lsgus;

    @Inject
    VenueService venues;

    @Inject
    WorkshopSessions sessions;

    public void accepted(WorkshopRequest request) {
        toRequester(request, "workshopAccepted");
    }

    public void declined(WorkshopRequest request) {
        toRequester(request, "workshopDeclined", request.getDeclineReason());
    }

    public void proposed(WorkshopRequest request, Date answerDue) {
        toRequester(request, "workshopProposed", when(request), where(request), trainerNames(request),
                WHEN.format(SerbianTime.local(answerDue.toInstant())), Links.to(INBOX));
    }

    public void answerReminder(WorkshopRequest request) {
        toRequester(request, "workshopAnswerReminder", when(request), Links.to(INBOX));
    }

    /** The organizer who proposed hears that the answer lapsed and the request is back with them. */
    public void noAnswer(WorkshopRequest request) {
        accounts.findByUsername(request.getProposedBy()).ifPresent(organizer ->
                send(organizer.getEmail(), organizer.getFullName(), organizer.preferredLanguage(), request, "workshopNoAnswer",
                        null, Links.to(INBOX)));
    }

    /** The requester and each trainer get the slot with its calendar file. */
    public void confirmed(WorkshopRequest request, TrainingSession session) {
        String sessionLink = Links.to("/catalogue/session.xhtml?id=" + session.getId());
        accounts.findByUsername(request.getRequester()).ifPresent(requester -> {
            Language language = requester.preferredLanguage();
            send(requester.getEmail(), requester.getFullName(), language, request, "workshopConfirmed",
                    SessionCalendar.attachment(session, language), when(request), where(request), trainerNames(request), sessionLink);
        });
        for (Trainer trainer : sessions.trainersOf(request)) {
            send(trainer.getEmail(), trainer.getFullName(), Language.DEFAULT, request, "workshopTrainerConfirmed",
                    SessionCalendar.attachment(session, Language.DEFAULT), when(request), where(request), trainerNames(request),
                    sessionLink);
        }
    }

    public void triageOverdue(WorkshopRequest request) {
        toOrganizers(request, "workshopTriageOverdue", Links.to(INBOX));
    }

    public void checklistFlagged(WorkshopRequest request) {
        toOrganizers(request, "workshopChecklistFlagged", when(request), Links.to(INBOX));
    }

    public void held(WorkshopRequest request) {
        toRequester(request, "workshopHeld");
    }

    /** The requester, and the trainers of a proposal, hear of a withdrawal and its reason. */
    public void withdrawn(WorkshopRequest request) {
        String by = accounts.findByUsername(request.getWithdrawnBy()).map(Account::getFullName).orElse(request.getWithdrawnBy());
        toRequester(request, "workshopWithdrawn", request.getWithdrawReason(), by);
        if (request.getProposedStart() != null) {
            for (Trainer trainer : sessions.trainersOf(request)) {
                send(trainer.getEmail(), trainer.getFullName(), Language.DEFAULT, request, "workshopWithdrawn", null,
                        request.getWithdrawReason(), by);
            }
        }
    }

    private void toRequester(WorkshopRequest request, String template, Object... more) {
        accounts.findByUsername(request.getRequester()).ifPresent(requester ->
                send(requester.getEmail(), requester.getFullName(), requester.preferredLanguage(), request, template, null, more));
    }

    private void toOrganizers(WorkshopRequest request, String template, Object... more) {
        for (Account organizer : accounts.find(new AccountFilter(null, Role.ORGANIZER, AccountStatus.ACTIVE), 0, 500)) {
            send(organizer.getEmail(), organizer.getFullName(), organizer.preferredLanguage(), request, template, null, more);
        }
    }

    private void send(String email, String name, Language language, WorkshopRequest request, String template,
                      rs.eobuka.platform.mail.MailAttachment attachment, Object... more) {
        List<Object> arguments = new ArrayList<>(List.of(name, Texts.message(language, "topic." + request.getTopic().name()),
                organisation(request, language), Links.to("/workshops/mine.xhtml")));
        for (Object value : more) {
            arguments.add(value == null ? "" : value);
        }
        if (attachment == null) {
            outbox.enqueue(email, language, template, arguments.toArray());
        } else {
            outbox.enqueue(email, language, template, attachment, arguments.toArray());
        }
    }

    private String organisation(WorkshopRequest request, Language language) {
        return request.getOrganisationName() + ", "
                + lsgus.findByCode(request.getLsguCode()).map(l -> l.name(language.isCyrillic())).orElse(request.getLsguCode());
    }

    static String when(WorkshopRequest request) {
        LocalDateTime start = request.getProposedStart();
        return start == null ? "" : WHEN.format(start) + "–" + TIME.format(request.getProposedEnd());
    }

    private String where(WorkshopRequest request) {
        if (request.getProposedVenueId() == null) {
            return request.getVenueOffer() == null ? "" : request.getVenueOffer();
        }
        Venue venue = venues.find(request.getProposedVenueId());
        return venue.getName() + ", " + venue.getAddress();
    }

    private String trainerNames(WorkshopRequest request) {
        return String.join(", ", sessions.trainersOf(request).stream().map(Trainer::getFullName).toList());
    }
}
