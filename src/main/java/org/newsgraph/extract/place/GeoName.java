package org.newsgraph.extract.place;

/**
 * One gazetteer entry: a populated place, a first-level division (a US state, a province) or a
 * country.
 *
 * @param name the English or local name GeoNames gives (empty for a country: its names come from
 *     the actor lexicon)
 * @param country ISO 3166-1 alpha-3
 * @param admin1 the GeoNames code of the first-level division ("GA" for Georgia, US), or ""
 * @param feature the GeoNames feature code: PPLC (capital), PPLA (division seat), PPL ..., ADM1 for
 *     a division, PCLI for a country
 * @param population the GeoNames population; for a division or a country, the sum over its places
 * @param lat latitude in degrees; for a division or a country, the population-weighted centre of
 *     its places
 * @param lon longitude in degrees
 */
public record GeoName(
    String name,
    String country,
    String admin1,
    String feature,
    long population,
    double lat,
    double lon) {
  /** The feature code of a country row. */
  public static final String COUNTRY = "PCLI";

  /** The feature code of a first-level division row. */
  public static final String DIVISION = "ADM1";

  /** Whether this is a country. */
  public boolean isCountry() {
    return COUNTRY.equals(feature);
  }

  /** Whether this is a first-level division (state, province, region). */
  public boolean isDivision() {
    return DIVISION.equals(feature);
  }

  /** Whether this is a country or a first-level division, an area other places lie in. */
  public boolean isArea() {
    return isCountry() || isDivision();
  }

  /** Whether this lies in the area (a country or a division); false when the other is a city. */
  public boolean within(GeoName area) {
    return country.equals(area.country)
        && (area.isCountry() || area.isDivision() && area.admin1.equals(admin1));
  }
}
