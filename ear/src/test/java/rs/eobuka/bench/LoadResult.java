package rs.eobuka.bench;

import java.util.List;
import java.util.function.Function;

/**
 * What one load phase measured: the registrations (or process starts) and the approvers' calls;
 * where the CPU went in the measured window, and how long the phase waited for a quiet machine.
 */
record LoadResult(Samples registrations, Samples inbox, Samples approvals, double seconds,
                  long seated, long waitlisted, boolean ranOutEarly,
                  String cpu, double quietWaitSeconds) {

    double rate() {
        return registrations.ok() / seconds;
    }

    double approvalRate() {
        return approvals.ok() / seconds;
    }

    /** Several rounds' measured windows as one: every call counted, the seconds added up. */
    static LoadResult pooled(List<LoadResult> rounds) {
        Function<Function<LoadResult, Samples>, Samples> pool = part -> Samples.pooled(rounds.stream().map(part).toList());
        return new LoadResult(pool.apply(LoadResult::registrations), pool.apply(LoadResult::inbox), pool.apply(LoadResult::approvals),
                rounds.stream().mapToDouble(LoadResult::seconds).sum(),
                rounds.stream().mapToLong(LoadResult::seated).sum(), rounds.stream().mapToLong(LoadResult::waitlisted).sum(),
                rounds.stream().anyMatch(LoadResult::ranOutEarly),
                rounds.get(rounds.size() - 1).cpu() + (rounds.size() > 1 ? " (last round)" : ""),
                rounds.stream().mapToDouble(LoadResult::quietWaitSeconds).sum());
    }
}
