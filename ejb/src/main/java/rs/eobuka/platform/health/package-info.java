/**
 * Readiness checks of the database, the process engine and the application's own start-up,
 * reported at WildFly's {@code /health/ready}. WildFly registers MicroProfile Health checks only
 * from the EAR's top-level module and its {@code lib/} jars, not from the EJB or web module, so
 * these classes ship as their own jar ({@code eobuka-ejb-health.jar} in {@code lib/}) and use
 * nothing of the application but the datasource, the engine registry and
 * {@link rs.eobuka.platform.health.ApplicationStart}, which the EJB and web modules set.
 */
package rs.eobuka.platform.health;
