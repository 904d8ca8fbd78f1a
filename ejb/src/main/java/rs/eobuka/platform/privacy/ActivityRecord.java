package rs.eobuka.platform.privacy;

import java.util.List;
import java.util.Map;

/**
 * One row of the record of processing activities: the activity (whose texts give purpose,
 * data subjects, recipients and retention), its legal basis, and the columns it keeps by
 * category of data, as {@code table.column}.
 */
public record ActivityRecord(ProcessingActivity activity, Map<DataCategory, List<String>> columnsByCategory) {

    public LegalBasis basis() {
        return activity.basis();
    }

    public List<DataCategory> categories() {
        return List.copyOf(columnsByCategory.keySet());
    }

    public List<String> columns(DataCategory category) {
        return columnsByCategory.getOrDefault(category, List.of());
    }
}
