/**
 * Trainers, venues and their bookings: one calendar shared by training sessions, workshops and
 * caravan events, in which no trainer and no venue is ever held twice at overlapping times.
 */
package rs.eobuka.booking;
