package rs.eobuka.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.booking.Venue;
import rs.eobuka.booking.VenueService;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.LsguFilter;
import rs.eobuka.reference.LsguService;
import rs.eobuka.session.Training;
import rs.eobuka.session.TrainingService;

/**
 * The choices of the session-plan form (trainings, municipalities, audience types, the venues of
 * the booking calendar in the chosen municipality), read once per request; the calendar's trainers
 * come from {@code bookingOptions}.
 */
@Named
@RequestScoped
public class SessionPlanOptions {

    /** Enough for every training of the programme; the list is a select, not a search. */
    private static final int MAX_TRAININGS = 500;

    @Inject
    TrainingService trainings;

    @Inject
    LsguService lsgus;

    @Inject
    VenueService venues;

    private List<Training> trainingList;
    private List<LocalSelfGovernmentUnit> unitList;
    private final Map<String, List<Venue>> venuesByLsgu = new HashMap<>();

    public List<Training> getTrainings() {
        if (trainingList == null) {
            trainingList = trainings.find(null, 0, MAX_TRAININGS);
        }
        return trainingList;
    }

    /** All 175 units in scope, by district and name. */
    public List<LocalSelfGovernmentUnit> getUnits() {
        if (unitList == null) {
            unitList = lsgus.find(LsguFilter.all(), 0, 500);
        }
        return unitList;
    }

    /** The active venues of the chosen LSGU (none before one is chosen). */
    public List<Venue> venuesIn(String lsguCode) {
        if (lsguCode == null || lsguCode.isBlank()) {
            return List.of();
        }
        return venuesByLsgu.computeIfAbsent(lsguCode, venues::inLsgu);
    }

    /** A venue chosen from the list fills in the free-text venue and address, which stay editable. */
    public void venueChosen(SessionPlanForm form) {
        if (form.getVenueId() != null) {
            venues.lookup(form.getVenueId()).ifPresent(v -> {
                form.setVenue(v.getName());
                form.setAddress(v.getAddress());
            });
        }
    }

    public OrganisationType[] getAudienceTypes() {
        return OrganisationType.values();
    }
}
