package rs.eobuka.platform.privacy;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Columns whose names look personal (a name, an address) but that describe things, not people:
 * a programme's name, a venue's address. Declared on the entity, with the reason, so that the
 * personal-data test knows they were looked at rather than forgotten.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Repeatable(NotPersonalData.List.class)
public @interface NotPersonalData {

    /** The table, when not the entity's own. */
    String table() default "";

    String[] columns();

    String why();

    @Documented
    @Retention(RUNTIME)
    @Target(TYPE)
    @interface List {
        NotPersonalData[] value();
    }
}
