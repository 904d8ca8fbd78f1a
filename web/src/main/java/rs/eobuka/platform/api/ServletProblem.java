package rs.eobuka.platform.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A problem+json answer (RFC 9457) written straight to the servlet response, for answers given before JAX-RS runs. */
public final class ServletProblem {

    private ServletProblem() {
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        String escaped = detail.replace("\\", "\\\\").replace("\"", "\\\"");
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + escaped + "\"}");
    }
}
