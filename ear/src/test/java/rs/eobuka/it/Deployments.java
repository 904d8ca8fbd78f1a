package rs.eobuka.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place test archives are built: the EAR the build produced, unchanged for client
 * tests; for in-container tests the same EAR with the test classes added to its web module.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The application exactly as it ships. */
    public static EnterpriseArchive application() {
        // a fresh copy each time: archives are mutable and tests add their own classes
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("ear.file", "target/eobuka.ear")));
    }

    /** The application with these test classes inside its web module, for in-container tests. */
    public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
        EnterpriseArchive archive = application();
        WebArchive web = archive.getAsType(WebArchive.class, "eobuka-web.war");
        web.addClasses(testClasses);
        archive.delete("eobuka-web.war");
        archive.addAsModule(web);
        return archive;
    }
}
