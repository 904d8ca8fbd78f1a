package rs.eobuka.platform.health;

/**
 * Whether the application has finished starting: every {@code @Startup} singleton of the EJB
 * module has run (migrations, process engine, demo data) and the web module is deployed.
 *
 * <p>WildFly's own readiness knows nothing of either: the application's checks answer as soon
 * as their bean archive is up, and until the last start-up singleton returns, WildFly answers
 * every page and API call with a bare 500 (its start-up countdown). Timers consult
 * {@link #isComplete()} too, so no business work runs before the application has started and
 * nothing waits on that countdown (a timer waiting on it kept a server stopped during start-up
 * from ever ending).
 *
 * <p>The state is static because the EJB module, the web module and the readiness check each see
 * this class through the EAR's {@code lib/}, one class per deployment: a redeployment starts
 * from a new class, not started.
 */
public final class ApplicationStart {

    private static volatile boolean startupBeansDone;
    private static volatile boolean webModuleDeployed;

    private ApplicationStart() {
    }

    /** Called by the last start-up singleton, once all the others have run. */
    public static void startupBeansDone() {
        startupBeansDone = true;
    }

    public static void webModuleDeployed() {
        webModuleDeployed = true;
    }

    /** The application is stopping (undeployment or shutdown): not ready, and timers stand still. */
    public static void stopping() {
        startupBeansDone = false;
        webModuleDeployed = false;
    }

    public static boolean isComplete() {
        return startupBeansDone && webModuleDeployed;
    }

    static boolean startupBeansAreDone() {
        return startupBeansDone;
    }

    static boolean webModuleIsDeployed() {
        return webModuleDeployed;
    }
}
