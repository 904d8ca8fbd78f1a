/**
 * The registration benchmark: a plain Java harness (not a test) that drives a running eObuka over
 * its JSON API and compares it with the same BPMN on a bare Camunda engine. Run it with
 * {@code mvn -Pbenchmark -pl ear -am -DskipTests test -Dbench.url=...}; method, settings and results
 * in README.md in this package.
 */
package rs.eobuka.bench;
