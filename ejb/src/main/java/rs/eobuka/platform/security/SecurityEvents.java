package rs.eobuka.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/**
 * The security-event log: sign-ins and their failures, locks and throttling, password changes
 * and resets, account and role changes, and refused requests (403), one line each on the
 * {@value #LOGGER} logger, which {@code wildfly-config/logging.cli} writes to
 * {@code security.log} only, apart from the application log. Values that come from a request
 * (a typed username, a path) are quoted with control characters replaced, so a crafted value
 * cannot forge a line.
 */
@ApplicationScoped
public class SecurityEvents {

    public static final String LOGGER = "eobuka.security";
    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final int LONGEST_VALUE = 200;

    /** What happened, as the log's first word. */
    public enum Event {
        SIGN_IN, SIGN_IN_CODE_REQUIRED, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_IN_THROTTLED, SIGN_IN_TRUSTED_BROWSER, ACCOUNT_LOCKED,
        PASSWORD_CHANGED, PASSWORD_RESET_SENT, PASSWORD_RESET, PASSWORD_RESET_THROTTLED, TWO_FACTOR_ENABLED, TWO_FACTOR_DISABLED,
        ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_ERASED, ROLES_CHANGED, ROLE_GRANTED,
        FORBIDDEN, CSP_VIOLATION, ENGINE_RETRY
    }

    /** Logs an event with its fields, given as name, value, name, value, … */
    public void log(Event event, String... fields) {
        LOG.info(() -> line(event, fields));
    }

    static String line(Event event, String... fields) {
        StringBuilder line = new StringBuilder(event.name());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            line.append(' ').append(fields[i]).append('=').append(quoted(fields[i + 1]));
        }
        return line.toString();
    }

    private static String quoted(String value) {
        if (value == null) {
            return "-";
        }
        String shown = value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE) + "…" : value;
        StringBuilder quoted = new StringBuilder("\"");
        shown.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }
}
