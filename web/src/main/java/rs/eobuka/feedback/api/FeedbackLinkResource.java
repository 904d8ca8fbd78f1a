package rs.eobuka.feedback.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import rs.eobuka.feedback.AnswerInput;
import rs.eobuka.feedback.AnswerService;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;

/**
 * A one-use feedback link, without signing in: the token opens the questionnaire (404 unknown,
 * 410 answered or closed) and takes one answer (201; 409 a second time; 422 naming each question).
 */
@ApplicationScoped
@Path("feedback/{token}")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackLinkResource {

    @Inject
    AnswerService answers;

    public record AnswersBody(List<AnswerInput> answers) {
    }

    @GET
    @PermitAll
    public FeedbackFormItem form(@PathParam("token") String token, @Context HttpHeaders headers) {
        Language language = ApiLanguage.of(headers);
        return FeedbackFormItem.of(answers.form(token, language), language);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("token") String token, AnswersBody body, @Context HttpHeaders headers) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        answers.submit(token, body.answers(), ApiLanguage.of(headers));
        return Response.status(Response.Status.CREATED).entity(Map.of("status", "ANSWERED")).build();
    }
}
