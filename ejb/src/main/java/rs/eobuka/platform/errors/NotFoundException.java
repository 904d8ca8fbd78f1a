package rs.eobuka.platform.errors;

/** The thing asked for does not exist (or the caller may not know that it does). */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
