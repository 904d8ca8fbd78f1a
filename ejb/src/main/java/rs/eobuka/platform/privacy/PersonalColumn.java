package rs.eobuka.platform.privacy;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A personal column of a table that no entity field maps (a collection table, a tally or quota
 * kept in SQL), declared on the entity whose feature writes it.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Repeatable(PersonalColumn.List.class)
public @interface PersonalColumn {

    String table();

    String column();

    ProcessingActivity activity();

    DataCategory category();

    /** Whether and how the column names the person, for finding what is kept about them. */
    SubjectKey key() default SubjectKey.NONE;

    @Documented
    @Retention(RUNTIME)
    @Target(TYPE)
    @interface List {
        PersonalColumn[] value();
    }
}
