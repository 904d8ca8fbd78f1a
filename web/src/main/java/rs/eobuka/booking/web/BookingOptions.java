package rs.eobuka.booking.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import rs.eobuka.booking.HolderKind;
import rs.eobuka.booking.Trainer;
import rs.eobuka.booking.TrainerFilter;
import rs.eobuka.booking.TrainerService;
import rs.eobuka.booking.TrainerSort;
import rs.eobuka.booking.Venue;
import rs.eobuka.booking.VenueFilter;
import rs.eobuka.booking.VenueService;
import rs.eobuka.booking.VenueSort;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.LsguFilter;
import rs.eobuka.reference.LsguService;
import rs.eobuka.reference.NamedArea;
import rs.eobuka.session.Topic;

/** The choices of the trainer, venue and calendar pages (topics, regions, LSGUs, trainers, venues), read once per request. */
@Named
@RequestScoped
public class BookingOptions {

    /** More than the programme will ever have; these lists are selects filtered in the browser. */
    private static final int MAX_CHOICES = 1000;

    @Inject
    LsguService lsgus;

    @Inject
    TrainerService trainers;

    @Inject
    VenueService venues;

    private List<NamedArea> regionList;
    private List<LocalSelfGovernmentUnit> unitList;
    private List<Trainer> trainerList;
    private List<Venue> venueList;

    /** Every topic, the workshops' eSick Leave, ePay and URNTR included. */
    public Topic[] getTopics() {
        return Topic.values();
    }

    public HolderKind[] getHolderKinds() {
        return HolderKind.values();
    }

    public List<NamedArea> getRegions() {
        if (regionList == null) {
            regionList = lsgus.regions();
        }
        return regionList;
    }

    public List<LocalSelfGovernmentUnit> getUnits() {
        if (unitList == null) {
            unitList = lsgus.find(LsguFilter.all(), 0, 500);
        }
        return unitList;
    }

    public List<Trainer> getTrainers() {
        if (trainerList == null) {
            trainerList = trainers.find(TrainerFilter.activeOnly(), TrainerSort.NAME, true, 0, MAX_CHOICES);
        }
        return trainerList;
    }

    public List<Venue> getVenues() {
        if (venueList == null) {
            venueList = venues.find(new VenueFilter(null, null, null, null, false, null, false, true), VenueSort.LSGU, true, 0, MAX_CHOICES);
        }
        return venueList;
    }
}
