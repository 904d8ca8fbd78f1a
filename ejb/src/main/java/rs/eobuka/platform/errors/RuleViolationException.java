package rs.eobuka.platform.errors;

/** Well-formed input that a business rule refuses (an unknown municipality, an expired link). */
public class RuleViolationException extends DomainException {

    private final String field;

    public RuleViolationException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
