package rs.eobuka.competition;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import rs.eobuka.campaign.CampaignTrack;
import rs.eobuka.platform.i18n.LocalizedText;

/**
 * An entry in full as its pages show it (the confirmation page, the moderation and scoring
 * forms), read inside the transaction so a page never reaches a lazy association: what was
 * sent, where it stands, and the competition's criteria for the jury.
 */
public record EntryDetails(long id, long competitionId, LocalizedText competitionTitle, String categoryCode, LocalizedText categoryName,
                           CampaignTrack track, String lsguCode, String lsguNameLatn, String lsguNameCyrl, String entrantName,
                           String email, String title, String description, List<String> links, int images, EntryStatus status,
                           Instant submittedAt, Instant confirmedAt, List<Criterion> criteria) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A criterion the jury scores, 1 to 10, with its weight. */
    public record Criterion(long id, String code, LocalizedText name, BigDecimal weight) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    public EntryDetails {
        links = List.copyOf(links);
        criteria = List.copyOf(criteria);
    }

    public String lsguName(boolean cyrillic) {
        return cyrillic ? lsguNameCyrl : lsguNameLatn;
    }

    /** The images' positions, 1-based, as their addresses number them. */
    public List<Integer> imagePositions() {
        return IntStream.rangeClosed(1, images).boxed().toList();
    }

    public boolean isAwaitingConfirmation() {
        return status == EntryStatus.AWAITING_CONFIRMATION;
    }
}
