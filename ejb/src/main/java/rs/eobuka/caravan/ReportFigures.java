package rs.eobuka.caravan;

/** What an event report counts: participants present at its sessions and the Digital Corner's tally. */
public record ReportFigures(long participantsPresent, TallyTotals tally) {
}
