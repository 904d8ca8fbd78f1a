/**
 * The Digital Caravan: one-day events in a municipality with workshops, a promotional part and a
 * Digital Corner where citizens get hands-on help, counted per service.
 */
package rs.eobuka.caravan;
