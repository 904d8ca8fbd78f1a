package rs.eobuka.bench;

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
}
