/**
 * The task inbox: the user tasks of every process, offered to the caller's roles (candidate
 * groups) or assigned to the caller, with claim and unclaim. Each process plugs its task forms
 * in by form key.
 */
package rs.eobuka.inbox;
