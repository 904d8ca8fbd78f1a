/**
 * Feedback: versioned questionnaires in the three languages, surveys that invite the people of a
 * session, caravan event or workshop request by one-use links (process {@code feedback-collection}:
 * invitations, reminders to those who have not answered, closing at the deadline), and answers
 * kept apart from the people who gave them.
 */
package rs.eobuka.feedback;
