package rs.eobuka.platform.errors;

/** The request clashes with what is stored (a taken username, a duplicate registration). */
public class ConflictException extends DomainException {

    private final String field;

    public ConflictException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
