/**
 * The fault suite (profile {@code faults}, README.md here): the provisioned server killed under
 * load, its mail server down for longer than the outbox's retry cycle, its PostgreSQL restarted
 * under load; each scenario reports its figures and ends with the invariants in SQL.
 */
package rs.eobuka.faults;
