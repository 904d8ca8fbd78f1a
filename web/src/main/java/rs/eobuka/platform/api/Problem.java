package rs.eobuka.platform.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, with the fields at fault when the input was refused, and, where a
 * refusal names more (the booking in the way), extension members next to the standard ones.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** One refused field and why, in the caller's language. */
    public record FieldError(String field, String message) {
    }

    public static Response response(Response.Status status, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return response(status, title, detail, errors, Map.of());
    }

    /** A problem with extension members, written after the standard members and never replacing one. */
    public static Response response(int status, String title, String detail, List<FieldError> errors,
                                    Map<String, Object> extensions) {
        Problem problem = new Problem("about:blank", title, status, detail, errors.isEmpty() ? null : errors);
        if (extensions.isEmpty()) {
            return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.type());
        members.put("title", problem.title());
        members.put("status", problem.status());
        members.put("detail", problem.detail());
        if (problem.errors() != null) {
            members.put("errors", problem.errors());
        }
        extensions.forEach(members::putIfAbsent);
        return Response.status(status).type(MEDIA_TYPE).entity(members).build();
    }
}
