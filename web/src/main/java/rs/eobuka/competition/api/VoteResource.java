package rs.eobuka.competition.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import rs.eobuka.competition.CompetitionVote;
import rs.eobuka.competition.VoteService;

/** Public, by link: a voter confirms their vote with the token from the e-mail; 200 once, 409 after, 422 outside the window. */
@ApplicationScoped
@Path("votes")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class VoteResource {

    @Inject
    VoteService votes;

    public record Confirmed(long entryId, String status) {
    }

    @POST
    @Path("confirm/{token}")
    public Confirmed confirm(@PathParam("token") String token) {
        CompetitionVote vote = votes.confirm(token);
        return new Confirmed(vote.getEntryId(), "CONFIRMED");
    }
}
