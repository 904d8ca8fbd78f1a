package rs.eobuka.campaign.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import rs.eobuka.campaign.Campaign;
import rs.eobuka.campaign.CampaignPlace;
import rs.eobuka.campaign.CampaignService;
import rs.eobuka.campaign.CampaignTrack;
import rs.eobuka.competition.Competition;
import rs.eobuka.competition.CompetitionService;
import rs.eobuka.map.MapPoint;
import rs.eobuka.map.SerbiaOutline;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.i18n.web.LanguageSelection;
import rs.eobuka.platform.time.SerbianTime;

/**
 * The public page of a campaign (the latest one unless {@code id} names another): what it is,
 * its municipalities on the map of Serbia coloured by track, and each one's e-services.
 */
@Named
@ViewScoped
public class CampaignPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampaignService campaigns;

    @Inject
    transient SerbiaOutline outline;

    @Inject
    transient LanguageSelection languageSelection;

    @Inject
    transient CompetitionService competitionService;

    private Long id;
    private Campaign campaign;
    private List<CampaignPlace> places;
    private List<Competition> competitions;
    private boolean loaded;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            campaign = id != null ? campaigns.get(id) : campaigns.campaigns().stream().findFirst().orElse(null);
        } catch (NotFoundException unknown) {
            campaign = null;
        }
        places = campaign == null ? List.of() : campaigns.places(campaign);
        competitions = campaign == null ? List.of() : competitionService.ofCampaign(campaign.getId());
    }

    public boolean isFound() {
        load();
        return campaign != null;
    }

    public Campaign getCampaign() {
        load();
        return campaign;
    }

    public List<CampaignPlace> getPlaces() {
        load();
        return places;
    }

    /** The campaign's competitions, the latest first, each linked to its page. */
    public List<Competition> getCompetitions() {
        load();
        return competitions;
    }

    /** Where a competition stands now, as a message key. */
    public String phaseKey(Competition competition) {
        return "competition.phase." + competition.phaseAt(SerbianTime.now());
    }

    public String name(CampaignPlace place) {
        return languageSelection.isCyrillic() ? place.nameCyrl() : place.nameLatn();
    }

    public String region(CampaignPlace place) {
        return languageSelection.isCyrillic() ? place.regionCyrl() : place.regionLatn();
    }

    public String period() {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(languageSelection.getLocale());
        return day.format(getCampaign().getStartsOn()) + " – " + day.format(getCampaign().getEndsOn());
    }

    /** The programme's partners, one per line as organizers enter them, as one line. */
    public String partners() {
        String partners = getCampaign().getProgramme().getCoOrganisers();
        return partners == null ? "–" : String.join(", ", partners.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    public long count(String track) {
        return getPlaces().stream().filter(p -> p.tracks().contains(CampaignTrack.valueOf(track))).count();
    }

    /** The places on the map; those without a known seat are listed below it only. */
    public List<CampaignMarker> getMarkers() {
        List<CampaignMarker> markers = new ArrayList<>();
        for (CampaignPlace place : getPlaces()) {
            if (Double.isNaN(place.latitude()) || Double.isNaN(place.longitude())) {
                continue;
            }
            MapPoint point = outline.project(place.latitude(), place.longitude());
            markers.add(new CampaignMarker(place.code(), name(place), point.x(), point.y(), trackClass(place), tracksText(place)));
        }
        return markers;
    }

    public String tracksText(CampaignPlace place) {
        return place.tracks().stream().map(track -> Texts.get(Texts.MESSAGES, languageSelection.getLanguage(), "campaignTrack." + track.name()))
                .collect(Collectors.joining(", "));
    }

    private static String trackClass(CampaignPlace place) {
        return place.tracks().size() > 1 ? "track-both" : place.tracks().contains(CampaignTrack.ESERVICES) ? "track-eservices" : "track-open-data";
    }

    public String getOutline() {
        return outline.path();
    }

    public String getViewBox() {
        return "0 0 " + outline.width() + " " + outline.height();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
