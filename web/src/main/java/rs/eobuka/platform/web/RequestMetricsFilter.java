package rs.eobuka.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every request into {@value #METER} (Prometheus: {@code eobuka_http_requests_seconds_count},
 * {@code _sum} and {@code _max}), tagged with what was asked for ({@link RequestKind}), the method
 * and the outcome's class (2xx…5xx): rates, mean and worst latencies per kind come out of one
 * scrape. Tags are few and fixed: never a path or an id, which would make a series per user.
 * (WildFly's application registry passes on only timers made with its short form, so there are
 * no histogram buckets: see ApplicationMeters.)
 */
public class RequestMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String METER = "eobuka.http.requests";

    @Inject
    transient MeterRegistry registry;

    /** The timers by kind, method and status class: WildFly's registry looks a meter up by scanning them all. */
    private final transient ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        boolean thrown = true;
        try {
            chain.doFilter(request, response);
            thrown = false;
        } finally {
            // an exception that leaves the chain becomes a 500 (the container's error page)
            int status = thrown ? 500 : response.getStatus();
            timer(RequestKind.of(request), request.getMethod(), status).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(RequestKind kind, String method, int status) {
        String known = knownMethod(method);
        String outcome = (status / 100) + "xx";
        return timers.computeIfAbsent(kind.tag() + ' ' + known + ' ' + outcome,
                key -> registry.timer(METER, "kind", kind.tag(), "method", known, "status", outcome));
    }

    /** A method named in the tag only when it is one of HTTP's own: a client cannot add series. */
    static String knownMethod(String method) {
        return switch (method) {
            case "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" -> method;
            default -> "other";
        };
    }
}
