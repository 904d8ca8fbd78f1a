package rs.eobuka.feedback.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rs.eobuka.feedback.FeedbackResults;
import rs.eobuka.feedback.FeedbackResultsService;
import rs.eobuka.feedback.ResultsScope;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.i18n.Language;

/** The evaluators' results as JSON: the same figures as the results page, for a scope. */
@ApplicationScoped
@Path("feedback-results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("evaluator")
public class FeedbackResultsResource {

    @Inject
    FeedbackResultsService results;

    public record ResultsItem(long surveys, long invitations, long answeredInvitations, long answers, double responseRate,
                              Map<String, Double> measureMeans, Double knowledgeShift, List<QuestionItem> questions) {
    }

    /** {@code counts}: a scale value or an option's code, and how many chose it. */
    public record QuestionItem(long id, String text, String kind, String measure, long answered, Double mean,
                               Integer netPromoterScore, Map<String, Long> counts) {
    }

    @GET
    public Response get(@QueryParam("sessionId") Long sessionId, @QueryParam("programmeId") Long programmeId,
                        @QueryParam("lsguCode") String lsguCode, @QueryParam("region") String region,
                        @QueryParam("from") String from, @QueryParam("to") String to, @Context HttpHeaders headers) {
        Language language = ApiLanguage.of(headers);
        ApiInput input = new ApiInput(language);
        LocalDate fromDay = from == null ? null : input.date("from", from);
        LocalDate toDay = to == null ? null : input.date("to", to);
        if (input.hasErrors()) {
            return input.problem();
        }
        FeedbackResults figures = results.results(new ResultsScope(sessionId, programmeId, blankToNull(lsguCode), blankToNull(region),
                fromDay, toDay));
        Map<String, Double> means = new LinkedHashMap<>();
        figures.measureMeans().forEach((measure, mean) -> means.put(measure.name(), mean));
        List<QuestionItem> questions = figures.questions().stream().map(q -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            if (q.question().getKind().hasOptions()) {
                q.question().getOptions().forEach(o -> counts.put(o.getCode(), q.counts().getOrDefault(o.getId(), 0L)));
            } else {
                q.counts().forEach((value, count) -> counts.put(String.valueOf(value), count));
            }
            return new QuestionItem(q.question().getId(), q.question().getText().in(language), q.question().getKind().name(),
                    q.question().getMeasure() == null ? null : q.question().getMeasure().name(), q.answered(), q.mean(),
                    q.netPromoterScore(), counts);
        }).toList();
        return Response.ok(new ResultsItem(figures.surveys(), figures.invitations(), figures.answeredInvitations(), figures.answers(),
                figures.responseRate(), means, figures.knowledgeShift(), questions)).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
