package rs.eobuka.platform.errors;

/** What was asked for existed but is no longer to be had (a closed survey, a used one-use link). */
public class GoneException extends DomainException {

    public GoneException(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
