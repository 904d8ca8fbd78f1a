package rs.eobuka.caravan;

import java.time.LocalDate;

/** A planned caravan event as other features see it: which day, where, under what title. */
public record CaravanStop(long eventId, String lsguCode, LocalDate day, String title) {
}
