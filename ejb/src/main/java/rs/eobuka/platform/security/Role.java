package rs.eobuka.platform.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person may do. The lower-case name is the security role and the candidate group of
 * the user tasks offered to that role.
 */
public enum Role {
    PARTICIPANT, ORGANIZER, EVALUATOR, JUROR, ADMIN;

    /** The security role and task candidate group, e.g. {@code organizer}. */
    public String group() {
        return name().toLowerCase();
    }

    public static Optional<Role> fromGroup(String group) {
        return Arrays.stream(values()).filter(r -> r.group().equalsIgnoreCase(group)).findFirst();
    }

    /** Roles a participant may ask for through a role request. */
    public boolean isRequestable() {
        return this == ORGANIZER || this == EVALUATOR || this == JUROR;
    }
}
