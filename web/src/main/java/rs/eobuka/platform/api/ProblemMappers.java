package rs.eobuka.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.errors.GoneException;
import rs.eobuka.platform.errors.InvalidFieldsException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.TooManyRequestsException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.Texts;

/**
 * Turns every failure of an API call into problem+json in the caller's language: refused
 * business rules (409, 422, 404, 403, 410), invalid fields (422, each named), malformed JSON (400),
 * the database out of reach (503 with {@code Retry-After}) and anything else unexpected (500,
 * logged, with no internals in the answer).
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    static Language language(HttpHeaders headers) {
        return ApiLanguage.of(headers);
    }

    @Provider
    public static class DomainMapper implements ExceptionMapper<DomainException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(DomainException e) {
            Language language = language(headers);
            String detail = Texts.message(language, e.messageKey(), e.arguments());
            List<Problem.FieldError> errors = e instanceof InvalidFieldsException fields
                    ? fields.refusals().stream().map(r -> new Problem.FieldError(r.field(),
                            Texts.message(language, r.messageKey(), r.arguments()))).toList()
                    : e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), detail));
            if (e instanceof ConflictException) {
                return Problem.response(409, "Conflict", detail, errors, ((ConflictException) e).extensions());
            }
            if (e instanceof NotFoundException) {
                return Problem.response(404, "Not Found", detail, errors);
            }
            if (e instanceof AccessDeniedException) {
                return Problem.response(403, "Forbidden", detail, errors);
            }
            if (e instanceof GoneException) {
                return Problem.response(410, "Gone", detail, errors);
            }
            if (e instanceof TooManyRequestsException tooMany) {
                return Response.fromResponse(Problem.response(429, "Too Many Requests", detail, errors))
                        .header("Retry-After", tooMany.retryAfterSeconds()).build();
            }
            return Problem.response(422, "Unprocessable Content", detail, errors);
        }
    }

    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            Language language = language(headers);
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(field(v), Texts.violation(language, v)))
                    .sorted((a, b) -> a.field().compareTo(b.field()))
                    .toList();
            return Problem.response(422, "Unprocessable Content", Texts.message(language, "error.invalidInput"), errors);
        }

        private static String field(ConstraintViolation<?> violation) {
            String field = null;
            for (Path.Node node : violation.getPropertyPath()) {
                field = node.getName();
            }
            return field == null ? "" : field;
        }
    }

    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonbException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(Response.Status.BAD_REQUEST, Texts.message(language(headers), "error.malformedJson"));
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(Response.Status.BAD_REQUEST, Texts.message(language(headers), "error.malformedJson"));
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Context
        jakarta.ws.rs.core.SecurityContext security;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e instanceof ForbiddenException && security != null && security.getUserPrincipal() == null) {
                // a role-protected call on an otherwise public path, made without credentials: ask for them
                return Response.fromResponse(Problem.response(401, "Unauthorized", Texts.message(language(headers), "error.unauthorized"), List.of()))
                        .header("WWW-Authenticate", "Basic realm=\"eObuka\"").build();
            }
            Language language = language(headers);
            String key = switch (status) {
                case 400 -> "error.malformedJson";
                case 401 -> "error.unauthorized";
                case 403 -> "error.forbidden";
                case 404 -> "error.notFound";
                case 405 -> "error.methodNotAllowed";
                case 406, 415 -> "error.unsupportedMediaType";
                default -> "error.unexpected";
            };
            if (e instanceof NotAuthorizedException) {
                key = "error.unauthorized";
            } else if (e instanceof ForbiddenException) {
                key = "error.forbidden";
            }
            Response.StatusType type = e.getResponse().getStatusInfo();
            return Problem.response(status, type.getReasonPhrase(), Texts.message(language, key), List.of());
        }
    }

    @Provider
    public static class EjbMapper implements ExceptionMapper<EJBException> {
        private static final Logger LOG = Logger.getLogger(EjbMapper.class.getName());

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(EJBException e) {
            if (e instanceof EJBAccessException) {
                return Problem.response(Response.Status.FORBIDDEN, Texts.message(language(headers), "error.forbidden"));
            }
            return unexpected(e, headers, LOG);
        }
    }

    /** Anything no other mapper knows (a failure while writing the answer, say): 500, logged, no internals. */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException e) {
            return unexpected(e, headers, LOG);
        }
    }

    /**
     * A failure the call did not cause: 503 with {@code Retry-After} while the database is out of
     * reach (a warning: it passes by itself), otherwise 500; logged, with no internals in the answer.
     */
    static Response unexpected(RuntimeException e, HttpHeaders headers, Logger log) {
        if (DatabaseUnavailable.isCauseOf(e)) {
            log.warning(() -> "API call refused while the database is out of reach: " + e);
            return Response.fromResponse(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                            Texts.message(language(headers), "error.unavailable")))
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        log.log(Level.SEVERE, "API call failed", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, Texts.message(language(headers), "error.unexpected"));
    }
}
