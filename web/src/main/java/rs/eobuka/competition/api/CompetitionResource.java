package rs.eobuka.competition.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import rs.eobuka.campaign.CampaignTrack;
import rs.eobuka.competition.Competition;
import rs.eobuka.competition.CompetitionDraft;
import rs.eobuka.competition.CompetitionService;
import rs.eobuka.competition.EntryDraft;
import rs.eobuka.competition.EntryGallery;
import rs.eobuka.competition.EntryImages;
import rs.eobuka.competition.EntryService;
import rs.eobuka.competition.GalleryEntry;
import rs.eobuka.competition.JuryService;
import rs.eobuka.competition.ResultEntry;
import rs.eobuka.competition.ResultsDocument;
import rs.eobuka.competition.ResultsService;
import rs.eobuka.competition.ResultsStatus;
import rs.eobuka.competition.VoteService;
import rs.eobuka.competition.AuditExport;
import rs.eobuka.platform.api.ApiInput;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import rs.eobuka.platform.security.Role;

/**
 * A campaign's competitions. Public: reading a competition and its gallery, and entering it
 * (no account: the entrant confirms by the e-mailed link, {@link EntryResource}). Organizers
 * create competitions; jurors declare conflicts of interest. Moderation and scoring are tasks,
 * done through {@code /api/tasks}.
 *
 * <p>The path is public in web.xml, because entering needs no account; the calls that do need
 * one ask the container to authenticate the caller ({@link Caller}) and name their role there.
 */
@ApplicationScoped
@Path("competitions")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CompetitionResource {

    static final int MAX_PAGE = 100;

    @Inject
    CompetitionService competitions;

    @Inject
    EntryService entries;

    @Inject
    EntryGallery gallery;

    @Inject
    JuryService jury;

    @Inject
    VoteService votes;

    @Inject
    ResultsService results;

    @Inject
    AuditExport auditExport;

    @Inject
    Validator validator;

    public record CategoryBody(String code, Names name, String track, Names prize) {
    }

    public record CriterionBody(String code, Names name, BigDecimal weight) {
    }

    public record CompetitionBody(Long campaignId, Names title, Names rules, List<CategoryBody> categories, List<CriterionBody> criteria,
                                  List<String> jurors, String entryOpens, String entryCloses, String juryDeadline, String voteOpens,
                                  String voteCloses, BigDecimal publicVoteWeight) {
    }

    public record Created(long id) {
    }

    public record EntryBody(String category, String lsguCode, String name, String email, String title, String description,
                            List<String> links, Boolean consent) {
    }

    public record EntryReceived(long id, String status) {
    }

    public record ConflictBody(Long entryId) {
    }

    public record VoteBody(@NotNull Long entryId, @NotBlank @Email @Size(max = 254) String email) {
    }

    public record VoteCast(String status) {
    }

    public record CategoryResults(String code, Names name, Names prize, List<ResultEntry> ranking) {
    }

    public record Results(long competitionId, BigDecimal publicVoteWeight, List<CategoryResults> categories) {
    }

    /** Organizers: a competition of a campaign, checked whole (every refusal at once, each naming its field). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CompetitionBody body, @Context HttpServletRequest request, @Context HttpServletResponse response,
                           @Context HttpHeaders headers, @Context UriInfo uri) {
        String organizer = Caller.require(request, response, Role.ORGANIZER);
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        ApiInput input = new ApiInput(ApiLanguage.of(headers));
        List<CompetitionDraft.Category> categories = new ArrayList<>();
        for (CategoryBody category : body.categories() == null ? List.<CategoryBody>of() : body.categories()) {
            categories.add(new CompetitionDraft.Category(category.code(), Names.text(category.name()),
                    input.constant("categories", category.track(), CampaignTrack.class),
                    category.prize() == null ? Names.text(category.name()) : Names.text(category.prize())));
        }
        List<CompetitionDraft.Criterion> criteria = new ArrayList<>();
        for (CriterionBody criterion : body.criteria() == null ? List.<CriterionBody>of() : body.criteria()) {
            criteria.add(new CompetitionDraft.Criterion(criterion.code(), Names.text(criterion.name()), criterion.weight()));
        }
        CompetitionDraft draft = new CompetitionDraft(body.campaignId() == null ? 0 : body.campaignId(), Names.text(body.title()),
                Names.text(body.rules()), categories, criteria, body.jurors(), input.dateTime("entryOpens", body.entryOpens()),
                input.dateTime("entryCloses", body.entryCloses()), input.dateTime("juryDeadline", body.juryDeadline()),
                input.dateTime("voteOpens", body.voteOpens()), input.dateTime("voteCloses", body.voteCloses()), body.publicVoteWeight());
        if (input.hasErrors()) {
            return input.problem();
        }
        Competition competition = competitions.create(draft, organizer);
        return Response.created(uri.getAbsolutePathBuilder().path(competition.getId().toString()).build())
                .entity(new Created(competition.getId())).build();
    }

    @GET
    @Path("{id}")
    public CompetitionView get(@PathParam("id") long id) {
        return CompetitionView.of(competitions.get(id), votes.votesCast(id));
    }

    /**
     * Public, in the vote's window: a vote for a published entry, confirmed by the link e-mailed
     * to the address (202); one confirmed vote per address and category; casting is limited per
     * network address and hour (429 with {@code Retry-After}).
     */
    @POST
    @Path("{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response vote(@PathParam("id") long id, VoteBody body, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        Language language = ApiLanguage.of(headers);
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        ApiInput input = new ApiInput(language);
        validator.validate(body).forEach(v -> input.add(v.getPropertyPath().toString(), Texts.violation(language, v)));
        if (input.hasErrors()) {
            return input.problem();
        }
        votes.cast(id, body.entryId(), body.email(), request.getRemoteAddr(), language);
        return Response.accepted(new VoteCast("AWAITING_CONFIRMATION")).build();
    }

    /** Public once approved: per category the ranking with the jury's score, the votes and their share, and the final score. */
    @GET
    @Path("{id}/results")
    public Results results(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
                           @QueryParam("max") @DefaultValue("50") int max) {
        Competition competition = publishedResults(id);
        List<CategoryResults> categories = new ArrayList<>();
        for (rs.eobuka.competition.CompetitionCategory category : competition.getCategories()) {
            categories.add(new CategoryResults(category.getCode(), Names.of(category.getName()), Names.of(category.getPrize()),
                    results.results(id, category.getCode(), Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE))));
        }
        return new Results(id, competition.getPublicVoteWeight(), categories);
    }

    /** Public once approved: the results as a PDF, in {@code lang} or the caller's language. */
    @GET
    @Path("{id}/results.pdf")
    @Produces("application/pdf")
    public Response resultsPdf(@PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Competition competition = publishedResults(id);
        Language language = lang == null ? ApiLanguage.of(headers) : Language.fromTag(lang).orElse(ApiLanguage.of(headers));
        return Response.ok(ResultsDocument.render(competition, results.allResults(competition), language), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"competition-" + id + "-results.pdf\"").build();
    }

    /** Organizers: each juror's entries scored and scoring tasks still open. */
    @GET
    @Path("{id}/jury-progress")
    public List<JuryService.Progress> juryProgress(@PathParam("id") long id, @Context HttpServletRequest request,
                                                   @Context HttpServletResponse response) {
        Caller.require(request, response, Role.ORGANIZER);
        return jury.progress(id);
    }

    /**
     * Organizers: the audit trail as CSV, to re-count a disputed result: every decision in order,
     * then every confirmed vote (its entry, its time and the voter's salted hash), read in pages.
     */
    @GET
    @Path("{id}/audit")
    @Produces("text/csv")
    public Response audit(@PathParam("id") long id, @Context HttpServletRequest request, @Context HttpServletResponse response) {
        Caller.require(request, response, Role.ORGANIZER);
        competitions.get(id);
        StreamingOutput csv = out -> auditExport.write(id, out);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"competition-" + id + "-audit.csv\"").build();
    }

    private Competition publishedResults(long id) {
        Competition competition = competitions.get(id);
        if (competition.getResultsStatus() != ResultsStatus.APPROVED) {
            throw new NotFoundException("competition.results.notPublished");
        }
        return competition;
    }

    /** Public: an entry without images, as JSON. */
    @POST
    @Path("{id}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enter(@PathParam("id") long id, EntryBody body, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        return receive(id, body, List.of(), ApiLanguage.of(headers), uri);
    }

    /** Public: an entry with up to three images, as a form: its fields by name, and parts named {@code images}. */
    @POST
    @Path("{id}/entries")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response enterWithImages(@PathParam("id") long id, List<EntityPart> parts, @Context HttpHeaders headers, @Context UriInfo uri)
            throws IOException {
        List<byte[]> images = new ArrayList<>();
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        List<String> links = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if ("images".equals(part.getName())) {
                if (images.size() == EntryImages.MAX_IMAGES) {
                    throw new RuleViolationException("images", "competition.image.tooMany", EntryImages.MAX_IMAGES);
                }
                images.add(readLimited(part.getContent(), images.size() + 1));
            } else if ("links".equals(part.getName())) {
                links.add(part.getContent(String.class));
            } else {
                fields.put(part.getName(), part.getContent(String.class));
            }
        }
        EntryBody body = new EntryBody(fields.get("category"), fields.get("lsguCode"), fields.get("name"), fields.get("email"),
                fields.get("title"), fields.get("description"), links, Boolean.parseBoolean(fields.get("consent")));
        return receive(id, body, images, ApiLanguage.of(headers), uri);
    }

    /** Public: the gallery, the published entries, newest first, paged; the total in {@code X-Total-Count}. */
    @GET
    @Path("{id}/entries")
    public Response gallery(@PathParam("id") long id, @QueryParam("category") String category, @QueryParam("lsguCode") String lsguCode,
                            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("24") int max) {
        competitions.get(id);
        List<GalleryEntry> page = gallery.page(id, category, lsguCode, Math.max(first, 0), Math.min(Math.max(max, 1), MAX_PAGE));
        return Response.ok(page).header("X-Total-Count", gallery.count(id, category, lsguCode)).build();
    }

    /** Jurors: a conflict of interest with an entry; they get no scoring task for it, or theirs ends unscored. */
    @POST
    @Path("{id}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declareConflict(@PathParam("id") long id, ConflictBody body, @Context HttpServletRequest request,
                                    @Context HttpServletResponse response) {
        String juror = Caller.require(request, response, Role.JUROR);
        if (body == null || body.entryId() == null) {
            throw new RuleViolationException("entryId", "competition.entry.notFound");
        }
        jury.declareConflict(id, body.entryId(), juror);
        return Response.noContent().build();
    }

    private Response receive(long id, EntryBody body, List<byte[]> images, Language language, UriInfo uri) {
        EntryDraft draft = new EntryDraft(body.category(), body.lsguCode(), body.name(), body.email(), body.title(), body.description(),
                body.links(), Boolean.TRUE.equals(body.consent()));
        ApiInput input = new ApiInput(language);
        validator.validate(draft).forEach(v -> input.add(v.getPropertyPath().toString(), Texts.violation(language, v)));
        if (input.hasErrors()) {
            return input.problem();
        }
        EntryService.Received received = entries.submit(id, draft, images, language);
        return Response.created(uri.getBaseUriBuilder().path("competitions").path(Long.toString(id)).path("entries")
                        .path(received.entry().getId().toString()).build())
                .entity(new EntryReceived(received.entry().getId(), received.entry().getStatus().name())).build();
    }

    /** Reads an uploaded image, refusing it as soon as it passes the size limit. */
    private static byte[] readLimited(InputStream in, int number) throws IOException {
        byte[] bytes = in.readNBytes(EntryImages.MAX_BYTES + 1);
        if (bytes.length > EntryImages.MAX_BYTES) {
            throw new RuleViolationException("images", "competition.image.tooLarge", number, EntryImages.MAX_BYTES / (1024 * 1024));
        }
        return bytes;
    }
}
