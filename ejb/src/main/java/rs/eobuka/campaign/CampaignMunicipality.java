package rs.eobuka.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** An LSGU taking part in a campaign on one track. */
@Embeddable
public class CampaignMunicipality implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "lsgu_code")
    private String lsguCode;
    @Enumerated(EnumType.STRING)
    private CampaignTrack track;

    protected CampaignMunicipality() {
        // for JPA
    }

    public CampaignMunicipality(String lsguCode, CampaignTrack track) {
        this.lsguCode = Objects.requireNonNull(lsguCode);
        this.track = Objects.requireNonNull(track);
    }

    public String getLsguCode() {
        return lsguCode;
    }

    public CampaignTrack getTrack() {
        return track;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CampaignMunicipality that && lsguCode.equals(that.lsguCode) && track == that.track;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lsguCode, track);
    }
}
