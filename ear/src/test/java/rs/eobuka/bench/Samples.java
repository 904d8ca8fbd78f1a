package rs.eobuka.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Latencies and HTTP statuses of one kind of call. Every latency is kept, so the percentiles are
 * exact (nearest rank), not estimated; a run has at most some hundred thousand calls.
 */
final class Samples {

    /** Status recorded for a call that got no HTTP answer (connection refused, timeout). */
    static final int NO_ANSWER = -1;

    private long[] nanos = new long[4096];
    private int count;
    private int ok;
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    synchronized void record(int status, long elapsedNanos, boolean success) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
        if (success) {
            ok++;
        }
        statuses.merge(status, 1, Integer::sum);
    }

    /** All calls of the given samples together, for figures over several rounds. */
    static Samples pooled(java.util.List<Samples> parts) {
        Samples all = new Samples();
        for (Samples part : parts) {
            synchronized (part) {
                all.nanos = Arrays.copyOf(all.nanos, Math.max(all.nanos.length, all.count + part.count));
                System.arraycopy(part.nanos, 0, all.nanos, all.count, part.count);
                all.count += part.count;
                all.ok += part.ok;
                part.statuses.forEach((status, n) -> all.statuses.merge(status, n, Integer::sum));
            }
        }
        return all;
    }

    synchronized int count() {
        return count;
    }

    synchronized int ok() {
        return ok;
    }

    synchronized Map<Integer, Integer> statuses() {
        return new TreeMap<>(statuses);
    }

    /** Milliseconds at the given percentile (0 < p <= 100) of all recorded calls; NaN when none. */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }

    synchronized double maxMillis() {
        return percentileMillis(100);
    }

    /** Statuses other than the expected one, e.g. {@code 409×3, 500×1}; "none" when all were expected. */
    synchronized String errors(int expected) {
        StringBuilder text = new StringBuilder();
        statuses.forEach((status, n) -> {
            if (status != expected) {
                text.append(text.isEmpty() ? "" : ", ").append(status == NO_ANSWER ? "no answer" : status).append("×").append(n);
            }
        });
        return text.isEmpty() ? "none" : text.toString();
    }
}
