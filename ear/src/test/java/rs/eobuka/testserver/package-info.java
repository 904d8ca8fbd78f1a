/**
 * The provisioned WildFly run as a child process of a test, with a database of its own: for tests
 * that start, stop and kill the server itself (the start-up test and the fault suite), which
 * Arquillian's managed container cannot do.
 */
package rs.eobuka.testserver;
