package rs.eobuka.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import rs.eobuka.competition.EntryDetails;
import rs.eobuka.competition.EntryDetailsService;
import rs.eobuka.competition.EntryService;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.NotFoundException;

/**
 * competition/confirm.xhtml?token=..., where the confirmation e-mail leads, without signing in:
 * the entry and its competition, and a button that confirms it. Opening the link confirms
 * nothing (mail scanners follow links); only the button's POST does, once.
 */
@Named
@ViewScoped
public class EntryConfirmationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the link stands, as the page says it. */
    public enum State {
        /** The entry waits for this confirmation. */
        READY,
        /** Confirmed just now: on to moderation. */
        CONFIRMED,
        /** The link was used before. */
        USED,
        /** No entry has this link: mistyped, or discarded when never confirmed. */
        UNKNOWN
    }

    @Inject
    transient EntryDetailsService details;

    @Inject
    transient EntryService entries;

    private String token;
    private EntryDetails entry;
    private State state;

    public void load() {
        if (state != null) {
            return;
        }
        entry = details.byToken(token).orElse(null);
        state = entry == null ? State.UNKNOWN : entry.isAwaitingConfirmation() ? State.READY : State.USED;
    }

    public void confirm() {
        try {
            entries.confirm(token);
            state = State.CONFIRMED;
        } catch (ConflictException used) {
            state = State.USED;
        } catch (NotFoundException unknown) {
            state = State.UNKNOWN;
            entry = null;
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public EntryDetails getEntry() { return entry; }
    public State getState() { return state; }
}
