package rs.eobuka.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import rs.eobuka.platform.health.ApplicationStart;

/**
 * Tells the readiness check that the web module is deployed: WildFly may deploy it before or
 * after the EJB module's start-up singletons have run, and the application is ready only with both.
 */
@WebListener
public class WebModuleStart implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ApplicationStart.webModuleDeployed();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ApplicationStart.stopping();
    }
}
