/**
 * Where an event's source and target are chosen: {@code RoleReader} finds the role tokens in the
 * parse, and {@link org.newsgraph.extract.event.role.EventParties} turns them into actors, trying
 * in order the fallbacks for a role that names no one (a recipient, a clause's content, the other
 * party of a mutual act, a place, a protest's target ...).
 */
package org.newsgraph.extract.event.role;
