/**
 * Reference data: Serbia's local self-government units (cities, municipalities and city
 * municipalities with district and statistical region, in both scripts), loaded by a
 * migration from the programme's reference list and read by every feature that names a place.
 */
package rs.eobuka.reference;
