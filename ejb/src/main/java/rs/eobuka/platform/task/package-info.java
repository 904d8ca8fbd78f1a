/**
 * The task layer every workflow plugs into: a feature describes and decides its user tasks by
 * implementing {@link rs.eobuka.platform.task.TaskDecision} next to its process, and the inbox,
 * the task API and the engine's search text find it through CDI ({@link rs.eobuka.platform.task.TaskDecisions}).
 * Nothing here knows a feature.
 */
package rs.eobuka.platform.task;
