/**
 * The public map of Serbia: what the programme delivered in each in-scope LSGU (officials
 * trained, sessions and workshops held, caravan stops, citizens helped at Digital Corners, mean
 * satisfaction), counted in the database, and the outline it is drawn on.
 */
package rs.eobuka.map;
