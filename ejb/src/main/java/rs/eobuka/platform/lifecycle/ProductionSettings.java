package rs.eobuka.platform.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a server outside a local run ({@code EOBUKA_LOCAL=true}) must not start with, and what it
 * may run with but is warned about. Read from the same system properties and environment
 * variables as {@code wildfly-config/*.cli}, with the same precedence (a system property before
 * the variable before the default), so the check sees the values the server really uses.
 */
public record ProductionSettings(List<String> refusals, List<String> warnings) {

    /** Passwords of examples and installers: a production database has a password of its own. */
    static final Set<String> WELL_KNOWN_PASSWORDS = Set.of("", "sa", "postgres", "password", "admin", "eobuka", "changeme");

    /** Whether this is a developer's local run, which may use plain HTTP, the default database password and demo data. */
    public static boolean isLocal(UnaryOperator<String> properties) {
        return Boolean.parseBoolean(properties.apply("eobuka.local"));
    }

    public static ProductionSettings read(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        List<String> refusals = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String password = setting(properties, environment, "eobuka.db.password", "EOBUKA_DB_PASSWORD", "sa");
        if (WELL_KNOWN_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            refusals.add("the database password is a well-known default: set EOBUKA_DB_PASSWORD");
        }
        if (Boolean.parseBoolean(properties.apply("eobuka.demo"))) {
            refusals.add("demo mode seeds accounts with a published password: unset EOBUKA_DEMO");
        }
        if ("false".equalsIgnoreCase(setting(properties, environment, "eobuka.cookies.secure", "EOBUKA_SECURE_COOKIES", "true"))) {
            warnings.add("session cookies are sent over plain HTTP too (EOBUKA_SECURE_COOKIES=false)");
        }
        if ("smtp".equals(properties.apply("eobuka.mail.transport"))
                && "false".equalsIgnoreCase(setting(properties, environment, "eobuka.smtp.tls", "EOBUKA_SMTP_TLS", "true"))) {
            warnings.add("mail goes to the SMTP relay without STARTTLS (EOBUKA_SMTP_TLS=false)");
        }
        if ("false".equalsIgnoreCase(properties.apply("eobuka.two-factor.required"))) {
            warnings.add("administrators and organizers may sign in with a password alone (EOBUKA_TWO_FACTOR_REQUIRED=false)");
        }
        String baseUrl = properties.apply("eobuka.base-url");
        if (baseUrl != null && !baseUrl.startsWith("https://")) {
            warnings.add("e-mailed links use " + baseUrl + ", not HTTPS (EOBUKA_BASE_URL)");
        }
        return new ProductionSettings(List.copyOf(refusals), List.copyOf(warnings));
    }

    private static String setting(UnaryOperator<String> properties, UnaryOperator<String> environment,
                                  String property, String variable, String fallback) {
        String value = properties.apply(property);
        if (value == null) {
            value = environment.apply(variable);
        }
        return value == null ? fallback : value;
    }
}
