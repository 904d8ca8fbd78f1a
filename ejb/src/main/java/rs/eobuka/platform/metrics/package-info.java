/**
 * The application's own meters, in the Micrometer registry WildFly provides (layer
 * {@code micrometer}), scraped in Prometheus' format at {@code /metrics} on the management
 * interface (wildfly-config/metrics.cli). Request rates and latencies are counted by the web
 * module's {@code RequestMetricsFilter}; the connection pool, transactions and the JVM by WildFly.
 */
package rs.eobuka.platform.metrics;
