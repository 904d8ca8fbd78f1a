/**
 * The task inbox: the user tasks of every process, offered to the caller's roles (candidate
 * groups) or assigned to the caller, with claim and unclaim, each saying what it is about;
 * and their approve or reject decisions, one by one or in bulk. A process plugs its tasks in
 * with a {@link rs.eobuka.platform.task.TaskDecision} next to its process (subject, decision,
 * bulk approval) and a form page named after the task's form key; the inbox knows no feature.
 */
package rs.eobuka.inbox;
