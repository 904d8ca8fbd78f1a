package rs.eobuka.platform.errors;

import java.util.List;

/**
 * Several fields of one request refused at once (a task decision's payload), so the caller
 * learns every bad field in one answer; the first one is also this exception's own field.
 */
public class InvalidFieldsException extends RuleViolationException {

    private final transient List<RuleViolationException> refusals;

    public InvalidFieldsException(List<RuleViolationException> refusals) {
        super(refusals.get(0).field(), refusals.get(0).messageKey(), refusals.get(0).arguments());
        this.refusals = List.copyOf(refusals);
    }

    /** Each refused field with its message. */
    public List<RuleViolationException> refusals() {
        return refusals;
    }
}
