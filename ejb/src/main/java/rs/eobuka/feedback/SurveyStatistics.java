package rs.eobuka.feedback;

/** How a survey is going: people invited, how many of them answered, answers in all (public ones included). */
public record SurveyStatistics(long invitations, long answeredInvitations, long answers) {

    /** Answered invitations over invitations; for a public survey (no invitations), 0. */
    public double responseRate() {
        return invitations == 0 ? 0 : Math.round(1000.0 * answeredInvitations / invitations) / 1000.0;
    }
}
