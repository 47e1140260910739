package org.newsgraph.model;

/**
 * A place resolved to a country and, where known, coordinates.
 *
 * @param basis where an event's place was read from: "clause" (a place in the event's own clause:
 *     "seized a tanker off Venezuela"), "sentence" (a place after "in", "near", "off" ... elsewhere
 *     in its sentence) or "dateline" (the dateline's city); null for a place that is not an event's
 */
public record Location(String name, String country, Double lat, Double lon, String basis) {
  /** A place with no basis. */
  public Location(String name, String country, Double lat, Double lon) {
    this(name, country, lat, lon, null);
  }

  /** The same place read from another basis. */
  public Location withBasis(String newBasis) {
    return new Location(name, country, lat, lon, newBasis);
  }
}
