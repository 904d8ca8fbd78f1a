package rs.eobuka.platform.privacy;

import java.util.List;

/**
 * Rows about a person that the registry's keys cannot find by themselves, as a feature knows
 * them: {@code select * from table where condition}, the condition's {@code ?} bound to the
 * parameters (a vote kept under a salted hash of the voter's address, say).
 */
public record SubjectQuery(String table, String condition, List<Object> parameters) {
}
