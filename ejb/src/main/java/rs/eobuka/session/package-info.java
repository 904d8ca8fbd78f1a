/**
 * Trainings and their dated sessions: what a programme teaches, where and when it runs, and how
 * a session gets into the catalogue (the {@code session-approval} process: proposed by one
 * organizer, reviewed by another, published or returned; cancelling a published session ends
 * its registrations). The public catalogue reads published sessions through {@code SessionService}.
 */
package rs.eobuka.session;
