package rs.eobuka.platform.errors;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A business rule said no. Carries a message key (bundles {@code messages_*}) and its
 * arguments, so forms and the API can explain the refusal in the user's language. Rolls the
 * transaction back and reaches the caller unwrapped.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    protected DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** The field the refusal is about, or null. */
    public String field() {
        return field;
    }
}
