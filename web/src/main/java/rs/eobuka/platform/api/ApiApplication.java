package rs.eobuka.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /api}. Each resource states its roles with {@code @RolesAllowed}
 * or {@code @PermitAll}; errors are RFC 9457 problem+json ({@link ProblemMappers}).
 */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
