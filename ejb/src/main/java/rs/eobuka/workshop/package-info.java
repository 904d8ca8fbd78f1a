/**
 * Workshops on request: a municipality, institution or employer asks for an eSick Leave, ePay or
 * URNTR workshop; organizers triage it, propose a slot with trainers and a venue (booked without
 * overlaps), the requester accepts or counter-proposes, and the accepted workshop is published as
 * a session of the matching training, prepared with a logistics checklist and closed with an event
 * report (the {@code workshop-scheduling} process).
 */
package rs.eobuka.workshop;
