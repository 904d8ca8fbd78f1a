package rs.eobuka.competition;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import rs.eobuka.campaign.CampaignTrack;
import rs.eobuka.platform.i18n.LocalizedText;

/**
 * A competition as an organizer sets it up; {@link CompetitionService#create} checks it. Times
 * are Serbian local time; windows may be minutes long.
 */
public record CompetitionDraft(long campaignId, LocalizedText title, LocalizedText rules, List<Category> categories,
                               List<Criterion> criteria, List<String> jurors, LocalDateTime entryOpens, LocalDateTime entryCloses,
                               LocalDateTime juryDeadline, LocalDateTime voteOpens, LocalDateTime voteCloses,
                               BigDecimal publicVoteWeight) {

    /** The share of the public vote in the final score when the organizer names none. */
    public static final BigDecimal DEFAULT_PUBLIC_VOTE_WEIGHT = new BigDecimal("0.300");

    public record Category(String code, LocalizedText name, CampaignTrack track, LocalizedText prize) {
    }

    public record Criterion(String code, LocalizedText name, BigDecimal weight) {
    }

    public CompetitionDraft {
        categories = categories == null ? List.of() : List.copyOf(categories);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        jurors = jurors == null ? List.of() : List.copyOf(jurors);
        publicVoteWeight = publicVoteWeight == null ? DEFAULT_PUBLIC_VOTE_WEIGHT : publicVoteWeight;
    }
}
