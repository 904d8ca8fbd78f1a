package rs.eobuka.registration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountFilter;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.AccountStatus;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.mail.Links;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.session.SessionCalendar;
import rs.eobuka.session.SessionTexts;
import rs.eobuka.session.TrainingSession;

/**
 * The e-mails of a registration's life, queued in the outbox in the recipient's language. Every
 * template gets the same first five arguments: name, training title, time, place, link to the
 * registration; then its own.
 */
@Stateless
public class RegistrationNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    WaitingListService waitingList;

    @Inject
    AccountLookupService accounts;

    /** Called by the process. */
    public void received(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        send(registration, "registrationReceived");
    }

    /** Called by the process. */
    public void waitlisted(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        send(registration, "registrationWaitlisted", waitingList.position(registration));
    }

    /** Called by the process. */
    public void promoted(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        send(registration, "registrationPromoted");
    }

    /** The confirmation carries the session's calendar file. */
    public void confirmed(Registration registration) {
        Account account = registration.getAccount();
        Language language = account.preferredLanguage();
        outbox.enqueue(account.getEmail(), language, "registrationConfirmed",
                SessionCalendar.attachment(registration.getSession(), language), arguments(registration, language));
    }

    public void rejected(Registration registration) {
        send(registration, "registrationRejected", registration.getRejectReason());
    }

    /**
     * The reminder before the session, to confirmed registrations only; not when the confirmation
     * itself came within the reminder window (it said everything the reminder would). Called by
     * the process.
     */
    public void reminder(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            return;
        }
        Instant windowOpens = rs.eobuka.platform.time.SerbianTime.instant(registration.getSession().getStartsAt())
                .minus(RegistrationService.REMINDER_BEFORE);
        if (registration.getConfirmedAt() != null && registration.getConfirmedAt().isAfter(windowOpens)) {
            return;
        }
        send(registration, "registrationReminder");
    }

    /** Called by the process. */
    public void cancelled(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration.getCancelCause() == CancelCause.SESSION_CANCELLED) {
            send(registration, "sessionCancelled", registration.getSession().getCancelReason());
        } else {
            send(registration, "registrationCancelled");
        }
    }

    public void certificateIssued(Registration registration) {
        send(registration, "certificateIssued", registration.getCertificateCode(),
                Links.to("/certificates/verify.xhtml?code=" + registration.getCertificateCode()));
    }

    /** Every active organizer hears of an approval that is overdue. */
    public void approvalOverdue(Registration registration) {
        TrainingSession session = registration.getSession();
        for (Account organizer : accounts.find(new AccountFilter(null, Role.ORGANIZER, AccountStatus.ACTIVE), 0, 500)) {
            Language language = organizer.preferredLanguage();
            outbox.enqueue(organizer.getEmail(), language, "approvalOverdue", organizer.getFullName(),
                    session.getTraining().title(language), SessionTexts.when(session, language), SessionTexts.where(session, language),
                    registration.getAccount().getFullName(), Links.to("/inbox/index.xhtml"));
        }
    }

    private void send(Registration registration, String template, Object... more) {
        Account account = registration.getAccount();
        Language language = account.preferredLanguage();
        List<Object> arguments = new ArrayList<>(List.of(arguments(registration, language)));
        for (Object value : more) {
            arguments.add(value == null ? "" : value);
        }
        outbox.enqueue(account.getEmail(), language, template, arguments.toArray());
    }

    /** Name, title, time, place, and the link to the registration's page. */
    private static Object[] arguments(Registration registration, Language language) {
        TrainingSession session = registration.getSession();
        return new Object[] {registration.getAccount().getFullName(), session.getTraining().title(language),
                SessionTexts.when(session, language), SessionTexts.where(session, language),
                Links.to("/registrations/registration.xhtml?id=" + registration.getId())};
    }
}
