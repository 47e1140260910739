package org.newsgraph.model;

/**
 * A CAMEO-style actor code: country (ISO 3166-1 alpha-3) plus sector (GOV, MIL, JUD, ...).
 *
 * @param code country and sector run together ("RUSGOV"), or either alone
 */
public record Actor(String code, String country, String sector) {
  /** Builds the actor for a country and sector, either of which may be null. */
  public static Actor of(String country, String sector) {
    if (country == null && sector == null) {
      return null;
    }
    String code = (country == null ? "" : country) + (sector == null ? "" : sector);
    return new Actor(code, country, sector);
  }
}
