package rs.eobuka.inbox;

/** How the inbox orders tasks; the engine sorts in the database. */
public enum TaskSort {
    CREATED_DESC, CREATED_ASC, DUE_ASC, DUE_DESC, NAME_ASC
}
