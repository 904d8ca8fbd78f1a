package rs.eobuka.competition.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import rs.eobuka.competition.VoteService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.web.FacesTexts;

/**
 * The public vote on the competition's page: a visitor chooses an entry of the gallery, gives an
 * e-mail address and is sent a link that confirms the vote ({@code competition/vote.xhtml}).
 * Refusals (a second vote in the category, the hourly limit, a closed window) are shown in the
 * dialog, and the address typed stays.
 */
@Named
@ViewScoped
public class VoteView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "voteForm";

    /** The address as the vote needs it. */
    record VoteAddress(@NotBlank @Email @Size(max = 254) String email) {
    }

    @Inject
    transient VoteService votes;

    @Inject
    transient Validator validator;

    private long competitionId;
    private Long entryId;
    private String entryTitle;
    private String email;
    /** The address the last confirmation link went to; null until one went. */
    private String sentTo;

    /** Chooses the entry to vote for; a new choice starts a new vote. */
    public void choose(long competitionId, long entryId, String entryTitle) {
        this.competitionId = competitionId;
        this.entryId = entryId;
        this.entryTitle = entryTitle;
        this.sentTo = null;
    }

    public void send() {
        if (entryId == null) {
            return;
        }
        if (!validator.validate(new VoteAddress(email)).isEmpty()) {
            FacesTexts.error(new RuleViolationException("email", "competition.vote.emailInvalid"), FORM);
            return;
        }
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            votes.cast(competitionId, entryId, email, request.getRemoteAddr(), FacesTexts.language());
            sentTo = email.strip();
        } catch (DomainException e) {
            FacesTexts.error(e, FORM);
        }
    }

    public boolean isSent() {
        return sentTo != null;
    }

    public Long getEntryId() { return entryId; }
    public String getEntryTitle() { return entryTitle; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getSentTo() { return sentTo; }
}
