package rs.eobuka.campaign.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import rs.eobuka.campaign.Campaign;
import rs.eobuka.campaign.CampaignPlace;
import rs.eobuka.campaign.CampaignService;
import rs.eobuka.campaign.CampaignTrack;
import rs.eobuka.campaign.LocalEService;
import rs.eobuka.feedback.api.TextBody;

/** Public: campaigns, their municipalities with the tracks they take part on, and each one's e-services. */
@ApplicationScoped
@Path("campaigns")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    public record CampaignSummary(long id, String code, TextBody name, TextBody summary, long programmeId, String programme,
                                  String donor, String partners, LocalDate startsOn, LocalDate endsOn, long eServiceLsgus,
                                  long openDataLsgus) {

        static CampaignSummary of(Campaign c) {
            return new CampaignSummary(c.getId(), c.getCode(), TextBody.of(c.getName()), TextBody.of(c.getSummary()),
                    c.getProgramme().getId(), c.getProgramme().getName(), c.getProgramme().getDonor(), c.getProgramme().getCoOrganisers(),
                    c.getStartsOn(), c.getEndsOn(), count(c, CampaignTrack.ESERVICES), count(c, CampaignTrack.OPEN_DATA));
        }

        private static long count(Campaign c, CampaignTrack track) {
            return c.getMunicipalities().stream().filter(m -> m.getTrack() == track).count();
        }
    }

    public record EServiceEntry(long id, TextBody name, TextBody description, String url) {

        static EServiceEntry of(LocalEService s) {
            return new EServiceEntry(s.getId(), TextBody.of(s.getName()), TextBody.of(s.getDescription()), s.getUrl());
        }
    }

    public record Municipality(String code, String nameLatn, String nameCyrl, String region, String regionCyrl, Double latitude,
                               Double longitude, Set<CampaignTrack> tracks, List<EServiceEntry> eServices) {

        static Municipality of(CampaignPlace p) {
            return new Municipality(p.code(), p.nameLatn(), p.nameCyrl(), p.regionLatn(), p.regionCyrl(), finite(p.latitude()),
                    finite(p.longitude()), p.tracks(), p.eServices().stream().map(EServiceEntry::of).toList());
        }

        private static Double finite(double value) {
            return Double.isNaN(value) ? null : value;
        }
    }

    public record CampaignDetail(CampaignSummary campaign, List<Municipality> municipalities) {
    }

    @GET
    public Response list() {
        return cached(campaigns.campaigns().stream().map(CampaignSummary::of).toList());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Campaign campaign = campaigns.get(id);
        return cached(new CampaignDetail(CampaignSummary.of(campaign), campaigns.places(campaign).stream().map(Municipality::of).toList()));
    }

    private static Response cached(Object entity) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(entity).cacheControl(cache).build();
    }
}
