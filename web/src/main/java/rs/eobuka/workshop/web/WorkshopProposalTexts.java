package rs.eobuka.workshop.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import rs.eobuka.booking.TrainerService;
import rs.eobuka.booking.Venue;
import rs.eobuka.booking.VenueService;
import rs.eobuka.workshop.WorkshopRequest;

/** The proposed venue and trainers of a workshop request, by name, for the forms and lists. */
@Named
@RequestScoped
public class WorkshopProposalTexts {

    @Inject
    VenueService venues;

    @Inject
    TrainerService trainers;

    public String where(WorkshopRequest request) {
        if (request.getProposedVenueId() == null) {
            return request.getVenueOffer();
        }
        Venue venue = venues.find(request.getProposedVenueId());
        return venue.getName() + ", " + venue.getAddress();
    }

    public String trainers(WorkshopRequest request) {
        return request.getProposedTrainerIds().stream().sorted().map(id -> trainers.find(id).getFullName())
                .collect(Collectors.joining(", "));
    }
}
