package rs.eobuka.campaign;

import java.util.List;
import java.util.Set;

/** An LSGU of a campaign: where its seat is, the tracks it takes part on, and the e-services it offers. */
public record CampaignPlace(String code, String nameLatn, String nameCyrl, String regionLatn, String regionCyrl, double latitude,
                            double longitude, Set<CampaignTrack> tracks, List<LocalEService> eServices) {
}
