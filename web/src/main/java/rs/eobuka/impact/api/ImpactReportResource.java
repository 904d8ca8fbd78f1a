package rs.eobuka.impact.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import rs.eobuka.feedback.FreeTextAnswer;
import rs.eobuka.feedback.api.TextBody;
import rs.eobuka.impact.ImpactFigures;
import rs.eobuka.impact.ImpactNarrative;
import rs.eobuka.impact.ImpactQuote;
import rs.eobuka.impact.ImpactReport;
import rs.eobuka.impact.ImpactReportDocument;
import rs.eobuka.impact.ImpactReportService;
import rs.eobuka.impact.ImpactScope;
import rs.eobuka.impact.web.ImpactWorkbook;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;

/**
 * Impact reports. Evaluators draft, write and correct them (review goes through
 * {@code /api/tasks}); a published report, its PDF and its workbook are public, the others only
 * for evaluators.
 */
@ApplicationScoped
@Path("impact-reports")
@Produces(MediaType.APPLICATION_JSON)
public class ImpactReportResource {

    static final int MAX_PAGE = 100;

    @Inject
    ImpactReportService reports;

    public record ScopeBody(Long programmeId, String from, String to, String region, String lsguCode) {
    }

    public record NarrativeBody(TextBody findings, TextBody recommendations, List<Long> quoteAnswerIds) {
    }

    public record QuoteItem(long answerId, String quote, String context) {
    }

    public record ReportItem(long id, String status, int edition, Long replacesId, Long replacedById, long programmeId, String programme,
                             LocalDate from, LocalDate to, String region, String lsguCode, String author, String reviewer,
                             String reviewComment, boolean reviewEscalated, TextBody findings, TextBody recommendations,
                             List<QuoteItem> quotes, ImpactFigures figures, Instant figuresAt, Instant publishedAt) {

        static ReportItem of(ImpactReport r, ImpactFigures figures, boolean evaluator) {
            return new ReportItem(r.getId(), r.getStatus().name(), r.getEdition(), r.getReplacesId(), r.getReplacedById(),
                    r.getProgramme().getId(), r.getProgramme().getName(), r.getFrom(), r.getTo(), r.getRegion(), r.getLsguCode(),
                    evaluator ? r.getAuthor() : null, evaluator ? r.getReviewer() : null, evaluator ? r.getReviewComment() : null,
                    r.isReviewEscalated(), TextBody.of(r.getFindings()), TextBody.of(r.getRecommendations()),
                    r.getQuotes().stream().map(q -> new QuoteItem(q.getAnswerId(), q.getQuote(), q.getContext())).toList(),
                    figures, r.getFiguresAt(), r.getPublishedAt());
        }
    }

    public record FreeTextItem(long answerId, String text, LocalDate answeredOn) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("evaluator")
    public Response create(ScopeBody body, @Context SecurityContext security, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        if (body.programmeId() == null) {
            input.addMessage("programmeId", "impact.programmeRequired");
        }
        LocalDate from = input.date("from", body.from());
        LocalDate to = input.date("to", body.to());
        if (from == null && body.from() == null) {
            input.addMessage("from", "eobuka.impact.from.required");
        }
        if (to == null && body.to() == null) {
            input.addMessage("to", "eobuka.impact.to.required");
        }
        if (input.hasErrors()) {
            return input.problem();
        }
        ImpactReport report = reports.create(new ImpactScope(body.programmeId(), from, to, body.region(), body.lsguCode()),
                security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(report.getId().toString()).build())
                .entity(ReportItem.of(report, reports.figuresOf(report), true)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("evaluator")
    public ReportItem write(@PathParam("id") long id, NarrativeBody body, @Context SecurityContext security) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        ImpactReport report = reports.write(id, security.getUserPrincipal().getName(), new ImpactNarrative(
                TextBody.toText(body.findings()), TextBody.toText(body.recommendations()), body.quoteAnswerIds()));
        return ReportItem.of(report, reports.figuresOf(report), true);
    }

    @POST
    @Path("{id}/figures")
    @RolesAllowed("evaluator")
    public ReportItem refresh(@PathParam("id") long id, @Context SecurityContext security) {
        ImpactReport report = reports.refreshFigures(id, security.getUserPrincipal().getName());
        return ReportItem.of(report, reports.figuresOf(report), true);
    }

    @POST
    @Path("{id}/corrections")
    @RolesAllowed("evaluator")
    public Response correct(@PathParam("id") long id, @Context SecurityContext security, @Context UriInfo uri) {
        ImpactReport correction = reports.correct(id, security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("impact-reports").path(correction.getId().toString()).build())
                .entity(ReportItem.of(correction, reports.figuresOf(correction), true)).build();
    }

    @GET
    @Path("{id}/free-texts")
    @RolesAllowed("evaluator")
    public List<FreeTextItem> freeTexts(@PathParam("id") long id, @QueryParam("search") String search,
                                        @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return reports.quoteCandidates(id, search, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE)).stream()
                .map((FreeTextAnswer a) -> new FreeTextItem(a.answerId(), a.text(), a.answeredOn())).toList();
    }

    /** Published reports for everyone; evaluators see drafts and reviews too. */
    @GET
    @PermitAll
    public Response list(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("20") int max,
                         @Context SecurityContext security) {
        boolean evaluator = security.isUserInRole("evaluator");
        List<ReportItem> page = reports.list(!evaluator, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE)).stream()
                .map(r -> ReportItem.of(r, reports.figuresOf(r), evaluator)).toList();
        return Response.ok(page).header("X-Total-Count", reports.count(!evaluator)).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public ReportItem get(@PathParam("id") long id, @Context SecurityContext security) {
        ImpactReport report = readable(id, security);
        return ReportItem.of(report, reports.figuresOf(report), security.isUserInRole("evaluator"));
    }

    @GET
    @Path("{id}/pdf")
    @PermitAll
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang, @Context SecurityContext security,
                        @Context HttpHeaders headers) {
        ImpactReport report = readable(id, security);
        Language language = language(lang, headers);
        byte[] pdf = ImpactReportDocument.render(report, reports.figuresOf(report), reports.areaName(report, language), language);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + ImpactReportDocument.fileName(report, "pdf") + "\"").build();
    }

    @GET
    @Path("{id}/xlsx")
    @PermitAll
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("id") long id, @QueryParam("lang") String lang, @Context SecurityContext security,
                        @Context HttpHeaders headers) {
        ImpactReport report = readable(id, security);
        Language language = language(lang, headers);
        ImpactFigures figures = reports.figuresOf(report);
        StreamingOutput body = out -> ImpactWorkbook.write(report, figures, language, out);
        return Response.ok(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"" + ImpactReportDocument.fileName(report, "xlsx") + "\"").build();
    }

    /** The language a link asks for ({@code ?lang=sr-Cyrl}, as the report page's links do), else the caller's. */
    private static Language language(String tag, HttpHeaders headers) {
        return tag == null ? ApiLanguage.of(headers) : Language.fromTag(tag).orElse(ApiLanguage.of(headers));
    }

    /** A published report for anyone; an unpublished one only for evaluators (404 for others, as if it did not exist). */
    private ImpactReport readable(long id, SecurityContext security) {
        return security.isUserInRole("evaluator") ? reports.get(id) : reports.getPublished(id);
    }
}
