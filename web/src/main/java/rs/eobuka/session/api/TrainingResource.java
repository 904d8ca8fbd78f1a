package rs.eobuka.session.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.session.Training;
import rs.eobuka.session.TrainingService;

/** The trainings of every programme (public). */
@ApplicationScoped
@Path("trainings")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

    static final int MAX_PAGE = 200;

    @Inject
    TrainingService trainings;

    public record TrainingItem(long id, String title, long programmeId, String programme, int durationHours,
                               List<String> topics, List<String> audienceTypes) {
    }

    @GET
    public List<TrainingItem> list(@Context HttpHeaders headers,
                                   @QueryParam("programmeId") Long programmeId,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("50") int max) {
        Language language = ApiLanguage.of(headers);
        return trainings.find(programmeId, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE)).stream()
                .map(t -> item(t, language)).toList();
    }

    private static TrainingItem item(Training training, Language language) {
        return new TrainingItem(training.getId(), training.title(language), training.getProgramme().getId(),
                training.getProgramme().getName(), training.getDurationHours(),
                training.getTopics().stream().map(Enum::name).sorted().toList(),
                training.getAudienceTypes().stream().map(Enum::name).sorted().toList());
    }
}
