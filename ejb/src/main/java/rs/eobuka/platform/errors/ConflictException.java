package rs.eobuka.platform.errors;

import java.util.Map;

/** The request clashes with what is stored (a taken username, a duplicate registration). */
public class ConflictException extends DomainException {

    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    /**
     * What the API answer should name besides the message, as extension members of its problem
     * detail (for example the id of the stored thing in the way); none by default.
     */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}
