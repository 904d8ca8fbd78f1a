package rs.eobuka.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxMessage;

/**
 * Admin only: the outbox as the <i>Sent mail</i> page shows it, newest first, so that scripts
 * and tests can follow the links every workflow e-mails (a verification, a proposal to answer).
 */
@ApplicationScoped
@Path("admin/outbox")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminOutboxResource {

    static final int MAX_PAGE = 200;

    @Inject
    MailOutbox outbox;

    /** One e-mail: the text body as sent, its state and how many attempts it took. */
    public record Mail(long id, String to, String subject, String body, String attachment, String status, int attempts,
                       Instant createdAt, Instant sentAt) {
    }

    /** Every message, or those to one address ({@code to}); {@code max} at most {@value #MAX_PAGE}. */
    @GET
    public List<Mail> list(@QueryParam("to") String to,
                           @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("max") @DefaultValue("50") int max) {
        int from = Math.max(first, 0);
        int size = Math.min(Math.max(max, 1), MAX_PAGE);
        List<OutboxMessage> messages = to == null || to.isBlank() ? outbox.find(null, from, size) : outbox.findTo(to, from, size);
        return messages.stream().map(AdminOutboxResource::mail).toList();
    }

    private static Mail mail(OutboxMessage m) {
        return new Mail(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(),
                m.attachment().map(a -> a.fileName()).orElse(null), m.getStatus().name(), m.getAttempts(), m.getCreatedAt(), m.getSentAt());
    }
}
