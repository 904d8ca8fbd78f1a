package rs.eobuka.workshop.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.util.List;

/**
 * tasks/workshop-answer.xhtml, the requester's answer to a proposed slot: accept it, or propose
 * up to three other windows with a comment.
 */
@Named
@ViewScoped
public class WorkshopAnswerView extends WorkshopTaskView {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WorkshopProposalTexts proposalTexts;

    private final WindowPicks picks = new WindowPicks();
    private String comment;

    public WorkshopAnswerView() {
        super("answer");
    }

    public void acceptProposal() throws IOException {
        complete("ACCEPT", null, null, "workshop.answer.accepted");
    }

    public void counter() throws IOException {
        JsonArrayBuilder windows = Json.createArrayBuilder();
        picks.windows().forEach(w -> windows.add(Json.createObjectBuilder().add("from", w.from().toString()).add("to", w.to().toString())));
        var payload = Json.createObjectBuilder().add("preferredWindows", windows);
        if (comment != null) {
            payload.add("comment", comment);
        }
        complete("COUNTER", null, payload.build(), "workshop.answer.countered");
    }

    /** Where the workshop would be: the proposed venue, or the requester's own. */
    public String getWhere() {
        return getSubject() == null ? null : proposalTexts.where(getSubject());
    }

    public String getTrainers() {
        return getSubject() == null ? null : proposalTexts.trainers(getSubject());
    }

    public WindowPicks getWindows() { return picks; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
