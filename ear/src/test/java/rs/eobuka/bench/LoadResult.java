package rs.eobuka.bench;

/** What one load phase measured: the registrations (or process starts) and the approvers' calls. */
record LoadResult(Samples registrations, Samples inbox, Samples approvals, double seconds,
                  long seated, long waitlisted, boolean ranOutEarly) {

    double rate() {
        return registrations.ok() / seconds;
    }

    double approvalRate() {
        return approvals.ok() / seconds;
    }
}
