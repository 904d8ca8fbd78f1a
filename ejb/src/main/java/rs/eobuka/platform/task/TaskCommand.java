package rs.eobuka.platform.task;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;

/**
 * A decision on a user task as a caller gives it: its name ({@code APPROVE}, {@code REJECT}, or a
 * name of the task's own, such as a workshop proposal's {@code PROPOSE}), an optional reason, and
 * the whole request body, from which a feature reads the fields its decision needs (a proposal's
 * start, end, trainers and venue). Forms build one with {@link #approve()} or {@link #reject}.
 */
public record TaskCommand(String decision, String reason, JsonObject payload) {

    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";

    public TaskCommand {
        decision = decision == null || decision.isBlank() ? null : decision.strip().toUpperCase(Locale.ROOT);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        payload = payload == null ? JsonValue.EMPTY_JSON_OBJECT : payload;
    }

    public static TaskCommand approve() {
        return new TaskCommand(APPROVE, null, null);
    }

    public static TaskCommand reject(String reason) {
        return new TaskCommand(REJECT, reason, null);
    }

    /** Whether this is the decision of that name. */
    public boolean is(String name) {
        return name.equals(decision);
    }

    /** For the approve-or-reject tasks: whether it approves. */
    public boolean isApproval() {
        return is(APPROVE);
    }
}
