package rs.eobuka.campaign.web;

/** A campaign's LSGU drawn at its seat, coloured by the tracks it takes part on. */
public record CampaignMarker(String code, String name, double x, double y, String trackClass, String tracksText) {
}
