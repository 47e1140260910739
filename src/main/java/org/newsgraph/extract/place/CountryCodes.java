package org.newsgraph.extract.place;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** ISO 3166-1 alpha-2 codes, as GeoNames writes them, to the alpha-3 codes the record uses. */
final class CountryCodes {
  /** Codes the JDK does not map: user-assigned ones GeoNames uses. */
  private static final Map<String, String> USER_ASSIGNED = Map.of("XK", "XKX");

  private CountryCodes() {}

  /** The alpha-3 code, or null when the alpha-2 code is unknown. */
  static String alpha3(String alpha2) {
    String mapped = USER_ASSIGNED.get(alpha2);
    if (mapped != null) {
      return mapped;
    }
    try {
      String three = new Locale("", alpha2).getISO3Country();
      return three.isEmpty() ? null : three;
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
