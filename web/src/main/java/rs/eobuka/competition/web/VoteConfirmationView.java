package rs.eobuka.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import rs.eobuka.competition.VoteRequestDetails;
import rs.eobuka.competition.VoteService;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.web.FacesTexts;

/**
 * competition/vote.xhtml?token=..., where a vote's confirmation e-mail leads, without signing in:
 * the entry voted for, and a button that confirms the vote. Opening the link confirms nothing
 * (mail scanners follow links); only the button's POST does, once.
 */
@Named
@ViewScoped
public class VoteConfirmationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the vote stands, as the page says it. */
    public enum State {
        /** The vote waits for this confirmation. */
        READY,
        /** Confirmed just now: it counts. */
        CONFIRMED,
        /** The link was used before. */
        USED,
        /** The address has a confirmed vote in the category already, from another link. */
        ALREADY,
        /** The vote's window is not open (closed, or not yet). */
        CLOSED,
        /** No vote has this link. */
        UNKNOWN
    }

    @Inject
    transient VoteService votes;

    private String token;
    private VoteRequestDetails vote;
    private State state;
    private String closedMessage;

    public void load() {
        if (state != null) {
            return;
        }
        vote = votes.requestByToken(token).orElse(null);
        state = vote == null ? State.UNKNOWN : vote.used() ? State.USED : State.READY;
    }

    public void confirm() {
        try {
            votes.confirm(token);
            state = State.CONFIRMED;
        } catch (ConflictException e) {
            state = "email".equals(e.field()) ? State.ALREADY : State.USED;
        } catch (NotFoundException e) {
            state = State.UNKNOWN;
            vote = null;
        } catch (RuleViolationException e) {
            state = State.CLOSED;
            closedMessage = FacesTexts.text(e.messageKey(), e.arguments());
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public VoteRequestDetails getVote() { return vote; }
    public State getState() { return state; }
    public String getClosedMessage() { return closedMessage; }
}
