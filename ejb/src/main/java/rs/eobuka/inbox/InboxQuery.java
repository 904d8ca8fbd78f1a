package rs.eobuka.inbox;

import java.util.Set;

/**
 * Whose inbox, and which of its tasks: optional process key, business key and a text found in
 * the task's name or in what it is about (its subject, in any script); {@code mineOnly} keeps
 * the tasks assigned to the user.
 */
public record InboxQuery(String username, Set<String> groups, String processKey, String businessKey,
                         String text, boolean mineOnly, TaskSort sort) {

    public InboxQuery {
        groups = Set.copyOf(groups);
        sort = sort == null ? TaskSort.CREATED_DESC : sort;
    }
}
