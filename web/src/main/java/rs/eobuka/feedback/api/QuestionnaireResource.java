package rs.eobuka.feedback.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import rs.eobuka.feedback.QuestionDraft;
import rs.eobuka.feedback.QuestionKind;
import rs.eobuka.feedback.QuestionMeasure;
import rs.eobuka.feedback.Questionnaire;
import rs.eobuka.feedback.QuestionnairePurpose;
import rs.eobuka.feedback.QuestionnaireService;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.errors.RuleViolationException;

/**
 * Questionnaires for evaluators: the newest version of every family, one version, a new family,
 * and a revision (in place while unused, else the next version: the answer says which).
 */
@ApplicationScoped
@Path("questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("evaluator")
public class QuestionnaireResource {

    @Inject
    QuestionnaireService questionnaires;

    public record QuestionnaireBody(String purpose, TextBody name, List<QuestionBody> questions) {
    }

    public record QuestionBody(String kind, Boolean required, String measure, TextBody text, TextBody lowLabel, TextBody highLabel,
                               List<OptionBody> options) {
    }

    public record OptionBody(String code, TextBody text) {
    }

    @GET
    public List<QuestionnaireItem> list() {
        return questionnaires.current().stream().map(q -> QuestionnaireItem.of(q, questionnaires.isInUse(q.getId()))).toList();
    }

    @GET
    @Path("{id}")
    public QuestionnaireItem get(@PathParam("id") long id) {
        return QuestionnaireItem.of(questionnaires.get(id), questionnaires.isInUse(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(QuestionnaireBody body, @Context SecurityContext security, @Context HttpHeaders headers, @Context UriInfo uri) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        QuestionnairePurpose purpose = input.constant("purpose", body == null ? null : body.purpose(), QuestionnairePurpose.class);
        List<QuestionDraft> drafts = drafts(body, input);
        if (input.hasErrors()) {
            return input.problem();
        }
        if (purpose == null) {
            throw new RuleViolationException("purpose", "feedback.questionnaire.purpose");
        }
        Questionnaire created = questionnaires.create(purpose, TextBody.toText(body.name()), drafts, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
                .entity(QuestionnaireItem.of(created, false)).build();
    }

    /** 200 with the same id when changed in place, 201 with the new version's id when a survey used the old one. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("id") long id, QuestionnaireBody body, @Context SecurityContext security,
                           @Context HttpHeaders headers, @Context UriInfo uri) {
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        List<QuestionDraft> drafts = drafts(body, input);
        if (input.hasErrors()) {
            return input.problem();
        }
        Questionnaire revised = questionnaires.revise(id, TextBody.toText(body.name()), drafts, security.getUserPrincipal().getName());
        if (revised.getId() == id) {
            return Response.ok(QuestionnaireItem.of(revised, false)).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("questionnaires").path(revised.getId().toString()).build())
                .entity(QuestionnaireItem.of(revised, false)).build();
    }

    private static List<QuestionDraft> drafts(QuestionnaireBody body, ApiInput input) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        List<QuestionDraft> drafts = new ArrayList<>();
        List<QuestionBody> questions = body.questions() == null ? List.of() : body.questions();
        for (int i = 0; i < questions.size(); i++) {
            QuestionBody question = questions.get(i);
            String field = "questions[" + i + "].";
            if (question == null) {
                input.addMessage(field + "kind", "feedback.questionnaire.kind");
                continue;
            }
            QuestionKind kind = input.constant(field + "kind", question.kind(), QuestionKind.class);
            QuestionMeasure measure = input.constant(field + "measure", question.measure(), QuestionMeasure.class);
            List<QuestionDraft.OptionDraft> options = question.options() == null ? List.of() : question.options().stream()
                    .map(o -> o == null ? null : new QuestionDraft.OptionDraft(o.code(), TextBody.toText(o.text()))).toList();
            drafts.add(new QuestionDraft(kind, Boolean.TRUE.equals(question.required()), measure, TextBody.toText(question.text()),
                    TextBody.toText(question.lowLabel()), TextBody.toText(question.highLabel()), options));
        }
        return drafts;
    }
}
