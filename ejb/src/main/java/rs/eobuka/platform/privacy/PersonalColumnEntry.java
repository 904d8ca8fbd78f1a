package rs.eobuka.platform.privacy;

/** One column of the registry: where the data lies, what it is and why it is kept. */
public record PersonalColumnEntry(String table, String column, ProcessingActivity activity, DataCategory category, SubjectKey key) {

    public String qualifiedName() {
        return table + "." + column;
    }
}
