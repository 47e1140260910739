package org.newsgraph.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Places by name: GeoNames' populated places of 1,000 people or more (and every capital and
 * division seat), first-level divisions and countries, from the index the build writes ({@link
 * GazetteerIndexBuilder}). Immutable and thread-safe; {@link #shared()} loads it once, on first
 * use.
 */
public final class Gazetteer {
  /** Where the build puts the index on the classpath. */
  public static final String RESOURCE = "/place/gazetteer.tsv.gz";

  /** Prefixes read as "saint ": "St. Louis", "Ste-Anne". */
  private static final List<String> SAINTS = List.of("st ", "ste ", "sainte ");

  private final Map<String, List<GeoName>> byName;
  private final Map<String, GeoName> countries;
  private final Map<String, GeoName> divisions;
  private final int size;

  private Gazetteer(
      Map<String, List<GeoName>> byName,
      Map<String, GeoName> countries,
      Map<String, GeoName> divisions,
      int size) {
    this.byName = byName;
    this.countries = countries;
    this.divisions = divisions;
    this.size = size;
  }

  /** The index the build wrote, loaded on first call. */
  public static Gazetteer shared() {
    return Shared.INSTANCE;
  }

  /**
   * Reads an index (gzip-compressed TSV, the columns of {@link GazetteerIndexBuilder}).
   *
   * @param source names the input in error messages
   */
  public static Gazetteer read(InputStream gzipped, String source) {
    Map<String, List<GeoName>> byName = new HashMap<>(1 << 18);
    Map<String, GeoName> countries = new HashMap<>();
    Map<String, GeoName> divisions = new HashMap<>();
    Map<String, String> codes = new HashMap<>(); // one copy of each country, division, feature code
    int size = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8),
            1 << 16)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 8) {
          throw new IllegalStateException(source + ":" + number + ": expected 8 columns");
        }
        GeoName g =
            new GeoName(
                f[0],
                codes.computeIfAbsent(f[2], c -> c),
                codes.computeIfAbsent(f[3], c -> c),
                codes.computeIfAbsent(f[4], c -> c),
                Long.parseLong(f[5]),
                Double.parseDouble(f[6]),
                Double.parseDouble(f[7]));
        size++;
        if (g.isCountry()) {
          countries.put(g.country(), g);
          continue;
        }
        if (g.isDivision()) {
          divisions.put(g.country() + "." + g.admin1(), g);
        }
        // the build wrote the keys of the name and its alternates (GazetteerIndexBuilder)
        for (String k : f[1].split("\\|")) {
          byName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(g);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + source, e);
    }
    byName.replaceAll((k, v) -> List.copyOf(v));
    return new Gazetteer(byName, Map.copyOf(countries), Map.copyOf(divisions), size);
  }

  /** Places and divisions with this name (or alternate name), in no particular order. */
  public List<GeoName> named(String name) {
    return byName.getOrDefault(key(name), List.of());
  }

  /** The country row (population and centre) for an ISO alpha-3 code, or null. */
  public GeoName country(String iso3) {
    return countries.get(iso3);
  }

  /** The first-level division with this GeoNames code in this country, or null. */
  public GeoName division(String iso3, String admin1) {
    return divisions.get(iso3 + "." + admin1);
  }

  /** How many rows the index holds. */
  public int size() {
    return size;
  }

  /**
   * The form names are compared in: no accents, no case, no periods or apostrophes, hyphens as
   * spaces, "St." as "saint" ("Saint-Étienne" = "St Etienne"). A loop, not regexes: the build keys
   * some 400,000 names.
   */
  public static String key(String name) {
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        break;
      }
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true; // drops leading spaces and collapses runs
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '\'' || c == '’' || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || c == '-' || c == '‐' || c == '–') {
        if (!space) {
          out.append(' ');
          space = true;
        }
        continue;
      }
      out.append(Character.toLowerCase(c));
      space = false;
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    String k = out.toString();
    for (String saint : SAINTS) {
      if (k.startsWith(saint)) {
        return "saint " + k.substring(saint.length());
      }
    }
    return k;
  }

  private static final class Shared {
    static final Gazetteer INSTANCE = load();

    private static Gazetteer load() {
      InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException(
            "the place gazetteer "
                + RESOURCE
                + " is not on the classpath: build with Maven (execution gazetteer-index,"
                + " docs/places.md)");
      }
      return read(in, RESOURCE);
    }
  }
}
