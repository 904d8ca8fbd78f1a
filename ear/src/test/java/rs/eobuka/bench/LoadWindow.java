package rs.eobuka.bench;

/**
 * The time frame of one load phase: calls that end during the warm-up are not counted, calls
 * that end inside the measured window are. Clients are a closed loop without think time (each
 * sends its next call when the last one is answered), so the rate is the system's capacity at
 * that concurrency.
 */
final class LoadWindow {

    final long start;
    final long end;
    private volatile long lastCounted;
    private volatile boolean ranOut;

    LoadWindow(int warmupSeconds, int durationSeconds) {
        this.start = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        this.end = start + durationSeconds * 1_000_000_000L;
        this.lastCounted = start;
    }

    boolean over() {
        return System.nanoTime() >= end;
    }

    /** Whether a call that just ended counts. */
    boolean counts() {
        long now = System.nanoTime();
        return now >= start && now < end;
    }

    /**
     * Whether a registration that just ended counts; remembers the last such moment, which ends
     * the window when the work runs out (approvers' calls go on, and must not stretch it).
     */
    boolean countsRegistration() {
        long now = System.nanoTime();
        if (now < start || now >= end) {
            return false;
        }
        if (now > lastCounted) {
            lastCounted = now;
        }
        return true;
    }

    /** Called when the clients have no more work (every participant is registered everywhere). */
    void ranOut() {
        ranOut = true;
    }

    boolean ranOutEarly() {
        return ranOut && lastCounted < end;
    }

    /** The measured seconds: the whole window, or up to the last counted call when the work ran out early. */
    double seconds() {
        return ((ranOut ? Math.min(lastCounted, end) : end) - start) / 1e9;
    }
}
