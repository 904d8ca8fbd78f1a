package rs.eobuka.caravan;

import jakarta.ejb.ApplicationException;

/**
 * The database refused to store a tap, most likely because the same tap, sent twice at once,
 * was stored by the other send. Rolls the tap's transaction back without being logged as a
 * failure of the bean; {@link CornerTallyService} then looks the tap up.
 */
@ApplicationException(rollback = true)
public class TapRefusedException extends RuntimeException {

    TapRefusedException(Throwable cause) {
        super(cause);
    }
}
