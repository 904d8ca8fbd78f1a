package rs.eobuka.feedback.api;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import rs.eobuka.feedback.FeedbackSurvey;
import rs.eobuka.feedback.QuestionnairePurpose;
import rs.eobuka.feedback.QuestionnaireService;
import rs.eobuka.feedback.SurveyAudience;
import rs.eobuka.feedback.SurveyService;
import rs.eobuka.feedback.SurveySettings;
import rs.eobuka.feedback.SurveyStatistics;
import rs.eobuka.feedback.SurveyTarget;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.time.SerbianTime;

/**
 * Surveys for evaluators: start one for anything past (a session, a caravan event, a held
 * workshop's requester), and follow it: invitations, answers, response rate.
 */
@ApplicationScoped
@Path("feedback-surveys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("evaluator")
public class SurveyResource {

    @Inject
    SurveyService surveys;

    @Inject
    QuestionnaireService questionnaires;

    /**
     * Exactly one of the ids. A caravan event's survey is its Digital Corner's public link unless a
     * participants' questionnaire is named; a workshop request's asks its requester.
     */
    public record SurveyBody(Long sessionId, Long caravanEventId, Long workshopRequestId, Long questionnaireId, String deadline,
                             Boolean anonymous) {
    }

    public record SurveyItem(long id, String subject, long subjectId, String audience, long questionnaireId, boolean anonymous,
                             String status, LocalDateTime openedAt, LocalDateTime deadline, String publicCode,
                             long invitations, long answeredInvitations, long answers, double responseRate) {

        static SurveyItem of(FeedbackSurvey survey, SurveyStatistics statistics) {
            return new SurveyItem(survey.getId(), survey.getSubject().name(), survey.target().id(), survey.getAudience().name(),
                    survey.getQuestionnaire().getId(), survey.isAnonymous(), survey.getStatus().name(), survey.getOpenedAt(),
                    survey.getDeadline(), survey.getPublicCode(), statistics.invitations(), statistics.answeredInvitations(),
                    statistics.answers(), statistics.responseRate());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(SurveyBody body, @Context SecurityContext security, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        LocalDateTime deadline = body.deadline() == null ? null : input.dateTime("deadline", body.deadline());
        long given = java.util.stream.Stream.of(body.sessionId(), body.caravanEventId(), body.workshopRequestId())
                .filter(java.util.Objects::nonNull).count();
        if (given != 1) {
            input.addMessage("sessionId", "feedback.survey.oneSubject");
        }
        if (input.hasErrors()) {
            return input.problem();
        }
        SurveyTarget target;
        SurveyAudience audience;
        if (body.sessionId() != null) {
            target = SurveyTarget.session(body.sessionId());
            audience = SurveyAudience.PARTICIPANTS;
        } else if (body.caravanEventId() != null) {
            target = SurveyTarget.caravanEvent(body.caravanEventId());
            audience = body.questionnaireId() != null
                    && questionnaires.get(body.questionnaireId()).getPurpose() == QuestionnairePurpose.PARTICIPANT
                    ? SurveyAudience.PARTICIPANTS : SurveyAudience.PUBLIC;
        } else {
            target = SurveyTarget.workshopRequest(body.workshopRequestId());
            audience = SurveyAudience.REQUESTER;
        }
        SurveySettings settings = SurveySettings.defaults(SerbianTime.now());
        if (deadline != null) {
            settings = settings.withDeadline(deadline);
        }
        if (body.anonymous() != null) {
            settings = settings.withAnonymous(body.anonymous());
        }
        FeedbackSurvey survey = surveys.start(target, audience, body.questionnaireId(), settings, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(survey.getId().toString()).build())
                .entity(SurveyItem.of(survey, surveys.statistics(survey.getId()))).build();
    }

    @GET
    @Path("{id}")
    public SurveyItem get(@PathParam("id") long id) {
        return SurveyItem.of(surveys.get(id), surveys.statistics(id));
    }
}
