package rs.eobuka.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import rs.eobuka.platform.web.PagedModel;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxMessage;
import rs.eobuka.platform.mail.OutboxStatus;

/** The admin's outbox: every e-mail with its state; a failed or held one can be sent again. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MailOutbox outbox;

    private OutboxStatus status;
    private LazyDataModel<OutboxMessage> messages;

    @PostConstruct
    void init() {
        messages = new PagedModel<>(() -> outbox.count(status), (first, max) -> outbox.find(status, first, max), message -> message.getId().toString());
    }

    public void resend(OutboxMessage message) {
        outbox.resend(message.getId());
        FacesTexts.info("admin.outbox.resent", message.getRecipient());
    }

    public OutboxStatus[] getStatuses() { return OutboxStatus.values(); }
    public LazyDataModel<OutboxMessage> getMessages() { return messages; }
    public OutboxStatus getStatus() { return status; }
    public void setStatus(OutboxStatus status) { this.status = status; }
}
