/**
 * Registrations for sessions, from receipt to certificate (the {@code training-registration}
 * process and its {@code registration-eligibility} decision): a seat or the waiting list,
 * organizer approval with escalation, promotion from the waiting list, reminders, attendance,
 * certificates and every e-mail on the way. Seat counting is serialised per session by
 * {@code WaitingListService}, which is where the capacity rule is kept.
 */
package rs.eobuka.registration;
