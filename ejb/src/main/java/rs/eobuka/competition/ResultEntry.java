package rs.eobuka.competition;

import java.math.BigDecimal;

/** A line of a category's results as published: the place, the entry, and the jury's and the public's parts. */
public record ResultEntry(String categoryCode, int position, long entryId, String title, String entrantName, String lsguNameLatn,
                          String lsguNameCyrl, BigDecimal juryScore, long votes, BigDecimal voteShare, BigDecimal finalScore) {
}
