package rs.eobuka.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.validation.Validator;
import java.util.Locale;
import rs.eobuka.platform.api.ApiLanguage;
import rs.eobuka.platform.api.Problem;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountAdminService;
import rs.eobuka.account.NewAccount;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.account.TwoFactorService;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.errors.RuleViolationException;

/** Admin only: creates accountAdmin with roles (for integrations and load tests). */
@ApplicationScoped
@Path("admin/users")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminUserResource {

    @Inject
    AccountAdminService accountAdmin;

    @Inject
    Validator validator;

    @Inject
    TwoFactorService twoFactor;

    /** The JSON as sent; enum-like fields stay text so a wrong value is a 422, not a 400. */
    public record CreateUser(String username, String password, String fullName, String email, String lsguCode,
                             String organisationType, List<String> roles) {
    }

    public record Created(long id, String username) {
    }

    @POST
    public Response create(CreateUser body, @Context UriInfo uri, @Context HttpHeaders headers) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        Language language = ApiLanguage.of(headers);
        List<Problem.FieldError> errors = new ArrayList<>();
        OrganisationType type = organisationType(body.organisationType(), language, errors);
        Set<Role> roles = roles(body.roles(), language, errors);
        NewAccount request = new NewAccount(body.username(), body.password(), body.fullName(), body.email(),
                blankToNull(body.lsguCode()), type, roles);
        // every refused field at once, not only the first
        validator.validate(request).forEach(v -> errors.add(new Problem.FieldError(v.getPropertyPath().toString(), Texts.violation(language, v))));
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> a.field().compareTo(b.field()));
            return Problem.response(422, "Unprocessable Content", Texts.message(language, "error.invalidInput"), errors);
        }
        Account account = accountAdmin.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(account.getId().toString()).build())
                .entity(new Created(account.getId(), account.getUsername())).build();
    }

    /** Turns off someone's two-factor sign-in (a lost phone): their password alone signs in again, and they are told. */
    @DELETE
    @Path("{username}/two-factor")
    public Response turnOffTwoFactor(@PathParam("username") String username, @Context SecurityContext security) {
        twoFactor.disableFor(username, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    private static OrganisationType organisationType(String value, Language language, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrganisationType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("organisationType", Texts.message(language, "eobuka.organisationType.invalid")));
            return null;
        }
    }

    private static Set<Role> roles(List<String> values, Language language, List<Problem.FieldError> errors) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        List<Role> roles = new ArrayList<>();
        for (String value : values) {
            Optional<Role> role = Role.fromGroup(value == null ? "" : value.strip());
            if (role.isEmpty()) {
                errors.add(new Problem.FieldError("roles", Texts.message(language, "eobuka.roles.invalid")));
                return Set.of(Role.PARTICIPANT); // keeps the other fields' checks meaningful
            }
            roles.add(role.get());
        }
        return EnumSet.copyOf(roles);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
