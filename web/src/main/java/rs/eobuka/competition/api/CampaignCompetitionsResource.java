package rs.eobuka.competition.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import rs.eobuka.campaign.CampaignService;
import rs.eobuka.competition.Competition;
import rs.eobuka.competition.CompetitionPhase;
import rs.eobuka.competition.CompetitionService;
import rs.eobuka.platform.time.SerbianTime;

/**
 * Public: a campaign's competitions, the latest first, each with its windows and where it
 * stands; {@code GET /api/competitions/{id}} reads one whole. An unknown campaign is a 404.
 */
@ApplicationScoped
@Path("campaigns/{id}/competitions")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CampaignCompetitionsResource {

    @Inject
    CampaignService campaigns;

    @Inject
    CompetitionService competitions;

    public record CompetitionSummary(long id, Names title, LocalDateTime entryOpens, LocalDateTime entryCloses, LocalDateTime juryDeadline,
                                     LocalDateTime voteOpens, LocalDateTime voteCloses, CompetitionPhase status) {

        static CompetitionSummary of(Competition c, LocalDateTime now) {
            return new CompetitionSummary(c.getId(), Names.of(c.getTitle()), c.getEntryOpens(), c.getEntryCloses(), c.getJuryDeadline(),
                    c.getVoteOpens(), c.getVoteCloses(), c.phaseAt(now));
        }
    }

    @GET
    public List<CompetitionSummary> list(@PathParam("id") long id) {
        campaigns.get(id);
        LocalDateTime now = SerbianTime.now();
        return competitions.ofCampaign(id).stream().map(c -> CompetitionSummary.of(c, now)).toList();
    }
}
