package rs.eobuka.platform.errors;

/** Well-formed input that a business rule refuses (an unknown municipality, an expired link). */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
