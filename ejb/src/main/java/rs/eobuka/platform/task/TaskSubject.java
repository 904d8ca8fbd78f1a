package rs.eobuka.platform.task;

import rs.eobuka.platform.i18n.Language;

/**
 * What a task is about, in one line, in any of the three languages: for a registration's
 * approval the participant, their municipality, the training, its city and date.
 */
@FunctionalInterface
public interface TaskSubject {

    String in(Language language);
}
