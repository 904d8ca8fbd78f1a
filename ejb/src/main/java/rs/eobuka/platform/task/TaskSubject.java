package rs.eobuka.platform.task;

import java.util.Arrays;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.i18n.SearchText;

/**
 * What a task is about, in one line, in any of the three languages: for a registration's
 * approval the participant, their municipality, the training, its city and date.
 */
@FunctionalInterface
public interface TaskSubject {

    String in(Language language);

    /** What the inbox's search compares with: the subject in every language, folded ({@link SearchText}). */
    default String searchText() {
        return SearchText.of(Arrays.stream(Language.values()).map(this::in).toList());
    }
}
