/**
 * Readiness checks of the database and the process engine, reported at WildFly's
 * {@code /health/ready}. WildFly registers MicroProfile Health checks only from the EAR's
 * top-level module and its {@code lib/} jars, not from the EJB or web module, so these classes
 * ship as their own jar ({@code eobuka-ejb-health.jar} in {@code lib/}) and use nothing of the
 * application but the datasource and the engine registry.
 */
package rs.eobuka.platform.health;
