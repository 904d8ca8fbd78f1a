package rs.eobuka.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountService;
import rs.eobuka.account.NewAccount;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.account.Role;
import rs.eobuka.platform.errors.RuleViolationException;

/** Admin only: creates accounts with roles (for integrations and load tests). */
@Path("admin/users")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminUserResource {

    @Inject
    AccountService accounts;

    /** The JSON as sent; enum-like fields stay text so a wrong value is a 422, not a 400. */
    public record CreateUser(String username, String password, String fullName, String email, String lsguCode,
                             String organisationType, List<String> roles) {
    }

    public record Created(long id, String username) {
    }

    @POST
    public Response create(CreateUser body, @Context UriInfo uri) {
        if (body == null) {
            throw new RuleViolationException(null, "error.emptyBody");
        }
        Account account = accounts.create(new NewAccount(body.username(), body.password(), body.fullName(), body.email(),
                blankToNull(body.lsguCode()), organisationType(body.organisationType()), roles(body.roles())));
        return Response.created(uri.getAbsolutePathBuilder().path(account.getId().toString()).build())
                .entity(new Created(account.getId(), account.getUsername())).build();
    }

    private static OrganisationType organisationType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrganisationType.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("organisationType", "eobuka.organisationType.invalid");
        }
    }

    private static Set<Role> roles(List<String> values) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        List<Role> roles = new ArrayList<>();
        for (String value : values) {
            Optional<Role> role = Role.fromGroup(value == null ? "" : value.strip());
            roles.add(role.orElseThrow(() -> new RuleViolationException("roles", "eobuka.roles.invalid")));
        }
        return EnumSet.copyOf(roles);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
