package rs.eobuka.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, carried into each log line written while it is served (the MDC's
 * {@value #MDC_KEY}: server.log, security.log, and the JSON log's {@code mdc}) and sent back as
 * {@code X-Request-Id}, so a user's report, a proxy's log and ours meet. A proxy's own id is
 * kept when it sends a plain one; anything else is replaced, so a header cannot forge log text.
 * Sign-ins are checked before any filter runs, so their security-log lines carry no id.
 */
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // the dispatch to an error page keeps the id its request was given
        String id = (String) request.getAttribute(ATTRIBUTE);
        if (id == null) {
            String given = request.getHeader(HEADER);
            id = given != null && PLAIN.matcher(given).matches() ? given : newId();
            request.setAttribute(ATTRIBUTE, id);
            response.setHeader(HEADER, id);
        }
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    private static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
