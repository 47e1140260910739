package org.newsgraph.store.query;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** English country names for ISO 3166-1 alpha-3 codes, from the JDK's locale data. */
final class CountryNames {
  private static final Map<String, String> NAMES = load();

  private CountryNames() {}

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale l = new Locale.Builder().setRegion(alpha2).build();
      out.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
    }
    return out;
  }

  /** "Russia (GOV)" for RUS and GOV; the code itself when the country is unknown. */
  static String label(String code, String country, String sector) {
    String name = country == null ? null : NAMES.get(country);
    if (name == null) {
      return code;
    }
    return sector == null ? name : name + " (" + sector + ")";
  }
}
