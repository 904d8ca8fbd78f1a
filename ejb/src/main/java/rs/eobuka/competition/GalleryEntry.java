package rs.eobuka.competition;

import java.time.Instant;

/** A published entry as the public gallery lists it: no address, the entrant's name as they agreed to publish it. */
public record GalleryEntry(long id, String categoryCode, String lsguCode, String lsguNameLatn, String lsguNameCyrl, String entrantName,
                           String title, String description, String links, long images, Instant submittedAt) {
}
