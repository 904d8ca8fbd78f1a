package rs.eobuka.platform.errors;

/** The request clashes with what is stored (a taken username, a duplicate registration). */
public class ConflictException extends DomainException {

    public ConflictException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
