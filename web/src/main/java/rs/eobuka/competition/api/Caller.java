package rs.eobuka.competition.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.NotAuthorizedException;
import java.io.IOException;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.security.Role;

/**
 * The signed-in caller of a call on a public path that needs an account: the container
 * authenticates the request's credentials (Basic, or the session's sign-in) on demand, and the
 * caller must hold the role. No credentials: 401 with the challenge; the wrong role: 403.
 */
final class Caller {

    private Caller() {
    }

    static String require(HttpServletRequest request, HttpServletResponse response, Role role) {
        try {
            if (request.getUserPrincipal() == null && !request.authenticate(response)) {
                throw new NotAuthorizedException("Basic realm=\"eObuka\"");
            }
        } catch (IOException | ServletException e) {
            throw new NotAuthorizedException("Basic realm=\"eObuka\"");
        }
        if (!request.isUserInRole(role.group())) {
            throw new AccessDeniedException("error.forbidden");
        }
        return request.getUserPrincipal().getName();
    }
}
