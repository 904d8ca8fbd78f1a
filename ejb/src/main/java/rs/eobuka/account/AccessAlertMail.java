package rs.eobuka.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.privacy.AccessAlert;
import rs.eobuka.platform.privacy.AccessLog;
import rs.eobuka.platform.security.Role;

/** Tells every active admin when one account has viewed more people's data in a minute than allowed. */
@ApplicationScoped
public class AccessAlertMail {

    @Inject
    AccountLookupService accounts;

    @Inject
    MailOutbox outbox;

    void onAlert(@Observes AccessAlert alert) {
        for (Account admin : accounts.find(new AccountFilter(null, Role.ADMIN, AccountStatus.ACTIVE), 0, 200)) {
            outbox.enqueue(admin.getEmail(), admin.preferredLanguage(), "accessAlert", alert.viewer(), alert.views(),
                    AccessLog.viewsPerMinute());
        }
    }
}
