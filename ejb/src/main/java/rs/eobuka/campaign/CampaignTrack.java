package rs.eobuka.campaign;

/** What a campaign improved in an LSGU: the e-services it offers citizens, or its open data. */
public enum CampaignTrack {
    ESERVICES,
    OPEN_DATA
}
