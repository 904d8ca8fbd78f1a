package rs.eobuka.competition.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import rs.eobuka.campaign.CampaignTrack;
import rs.eobuka.competition.Competition;
import rs.eobuka.competition.CompetitionPhase;
import rs.eobuka.platform.time.SerbianTime;

/** A competition as the public reads it: categories, criteria, windows and where it stands; no juror is named. */
public record CompetitionView(long id, long campaignId, Names title, Names rules, List<Category> categories, List<Criterion> criteria,
                              LocalDateTime entryOpens, LocalDateTime entryCloses, LocalDateTime juryDeadline, LocalDateTime voteOpens,
                              LocalDateTime voteCloses, BigDecimal publicVoteWeight, CompetitionPhase status,
                              long votesCast) {

    public record Category(String code, Names name, CampaignTrack track, Names prize) {
    }

    public record Criterion(long id, String code, Names name, BigDecimal weight) {
    }

    /** Live counts per entry stay hidden while the vote runs: only the number of votes cast overall. */
    static CompetitionView of(Competition c, long votesCast) {
        return new CompetitionView(c.getId(), c.getCampaign().getId(), Names.of(c.getTitle()), Names.of(c.getRules()),
                c.getCategories().stream().map(k -> new Category(k.getCode(), Names.of(k.getName()), k.getTrack(), Names.of(k.getPrize())))
                        .toList(),
                c.getCriteria().stream().map(k -> new Criterion(k.getId(), k.getCode(), Names.of(k.getName()), k.getWeight())).toList(),
                c.getEntryOpens(), c.getEntryCloses(), c.getJuryDeadline(), c.getVoteOpens(), c.getVoteCloses(), c.getPublicVoteWeight(),
                c.phaseAt(SerbianTime.now()), votesCast);
    }
}
