package rs.eobuka.platform.errors;

/** The caller is known but may not do this (someone else's task or data). */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
