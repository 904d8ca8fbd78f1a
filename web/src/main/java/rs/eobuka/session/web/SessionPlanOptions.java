package rs.eobuka.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.reference.LocalSelfGovernmentUnit;
import rs.eobuka.reference.LsguFilter;
import rs.eobuka.reference.LsguService;
import rs.eobuka.session.Training;
import rs.eobuka.session.TrainingService;

/** The choices of the session-plan form (trainings, municipalities, audience types), read once per request. */
@Named
@RequestScoped
public class SessionPlanOptions {

    /** Enough for every training of the programme; the list is a select, not a search. */
    private static final int MAX_TRAININGS = 500;

    @Inject
    TrainingService trainings;

    @Inject
    LsguService lsgus;

    private List<Training> trainingList;
    private List<LocalSelfGovernmentUnit> unitList;

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

    public OrganisationType[] getAudienceTypes() {
        return OrganisationType.values();
    }
}
