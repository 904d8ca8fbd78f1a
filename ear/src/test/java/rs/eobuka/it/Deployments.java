package rs.eobuka.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration and browser tests: the EAR the build produced, with the
 * in-container tests, their fixtures and GreenMail added to it. It is deployed once for the
 * whole failsafe run (arquillian-suite-extension, named in arquillian.xml), not once per test
 * class: a deployment of the EAR costs about 12 seconds, and the client tests only need the
 * application as it ships, which this archive still is apart from the test classes.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private Deployments() {
    }

    /** The archive every test class runs against. */
    @Deployment
    public static EnterpriseArchive suite() {
        EnterpriseArchive archive = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("ear.file", "target/eobuka.ear")));
        WebArchive web = archive.getAsType(WebArchive.class, "eobuka-web.war");
        web.addClasses(RegistrationProcessIT.class, SingleTransactionIT.class, OutboxMailIT.class,
                ServiceFixtures.class, rs.eobuka.e2e.TrainingSetupServlet.class, WorkshopSetupServlet.class);
        web.addClasses(BookingConcurrencyIT.class, SessionBookingIT.class, CornerTapRaceIT.class, FeedbackProcessIT.class,
                FeedbackSetupServlet.class);
        web.addClasses(PersonalDataRegistryIT.class, RetentionIT.class, ErasureIT.class, ConsentIT.class, DataExportCoverageIT.class,
                PasswordResetIT.class, SignUpIT.class, EngineOperationsIT.class, MetricsIT.class, MetricsScrape.class,
                TwoFactorIT.class, TestProcesses.class);
        // the assertions the in-container tests use run inside the server too
        web.addAsLibrary(codeSource(org.assertj.core.api.Assertions.class));
        archive.delete("eobuka-web.war");
        archive.addAsModule(web);
        // an SMTP server in the server's own JVM for the mail tests
        archive.addAsLibrary(codeSource(com.icegreen.greenmail.util.GreenMail.class));
        // GreenMail's message store uses the mail implementation, which WildFly does not show to deployments by itself
        archive.addAsManifestResource(new StringAsset("<jboss-deployment-structure xmlns=\"urn:jboss:deployment-structure:1.2\">"
                + "<deployment><dependencies><module name=\"org.eclipse.angus.mail\"/></dependencies></deployment>"
                + "<sub-deployment name=\"eobuka-web.war\"><dependencies><module name=\"org.eclipse.angus.mail\"/></dependencies>"
                + "</sub-deployment>"
                + "</jboss-deployment-structure>"), "jboss-deployment-structure.xml");
        return archive;
    }

    private static File codeSource(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
