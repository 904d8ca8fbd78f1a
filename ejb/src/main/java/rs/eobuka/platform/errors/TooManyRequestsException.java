package rs.eobuka.platform.errors;

/** A client used up what an hour allows it (votes from one network address, say): try again after {@link #retryAfterSeconds}. */
public class TooManyRequestsException extends DomainException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds, String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
