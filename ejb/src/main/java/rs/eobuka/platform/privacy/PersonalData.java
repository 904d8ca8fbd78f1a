package rs.eobuka.platform.privacy;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks an entity's field whose column holds personal data, and the processing activity it is
 * kept for (which gives its purpose, legal basis and retention). The record of processing
 * activities is generated from these marks, and an integration test fails when a column that
 * looks personal carries none.
 */
@Documented
@Retention(RUNTIME)
@Target(FIELD)
public @interface PersonalData {

    ProcessingActivity activity();

    DataCategory category();

    /** Whether and how the column names the person, for finding what is kept about them. */
    SubjectKey key() default SubjectKey.NONE;
}
