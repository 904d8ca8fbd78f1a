package rs.eobuka.platform.privacy;

import java.util.function.IntSupplier;

/** How a retention works through a backlog: one batch per transaction, until a batch comes back short. */
public final class RetentionBatches {

    private RetentionBatches() {
    }

    /** Runs the batch (each in its own transaction, the caller's bean sees to that) while it fills; returns the rows in all. */
    public static int untilShort(IntSupplier batch, int size) {
        int total = 0;
        int rows;
        do {
            rows = batch.getAsInt();
            total += rows;
        } while (rows == size);
        return total;
    }
}
