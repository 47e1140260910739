package org.newsgraph.extract.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Build step: turns a GeoNames cities extract (the {@code cities500.txt} layout) and the GeoNames
 * first-level division names into the compact index {@link Gazetteer} loads. Run by Maven after
 * compiling (antrun execution {@code gazetteer-index} in the pom); see docs/places.md.
 */
public final class GazetteerIndexBuilder {
  /** Places smaller than this are left out unless they are a capital or a division's seat. */
  public static final long MIN_POPULATION = 1000;

  /** Alternate names longer than this are left out: descriptions, not names. */
  private static final int MAX_NAME_LENGTH = 40;

  /** A division's name without its generic word is a key only from this length ("Cauca"). */
  private static final int MIN_BARE_DIVISION_NAME = 4;

  /** Feature codes kept whatever their population: capitals and seats of divisions. */
  private static final Set<String> SEATS = Set.of("PPLC", "PPLG", "PPLA", "PPLA2");

  private GazetteerIndexBuilder() {}

  /** Arguments: the cities file, the admin1 JSON, the index to write. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: CITIES_TXT ADMIN1_JSON OUT_TSV_GZ");
    }
    long t0 = System.nanoTime();
    int rows = build(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    System.out.printf(
        java.util.Locale.ROOT,
        "gazetteer index: %d rows in %s (%d ms)%n",
        rows,
        args[2],
        (System.nanoTime() - t0) / 1_000_000);
  }

  /** Writes the index; returns the number of rows. */
  static int build(Path cities, Path admin1Json, Path out) throws IOException {
    Map<String, String> divisionNames = divisionNames(admin1Json);
    Map<String, Centre> divisions = new TreeMap<>();
    Map<String, Centre> countries = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        String[] f = line.split("\t", -1);
        if (f.length < 19) {
          throw new IOException(cities + ":" + number + ": expected 19 tab-separated columns");
        }
        String country = CountryCodes.alpha3(f[8]);
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        if (country == null || !"P".equals(f[6])) {
          continue;
        }
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        countries.computeIfAbsent(country, k -> new Centre()).add(lat, lon, population);
        if (!f[10].isEmpty()) {
          divisions
              .computeIfAbsent(f[8] + "." + f[10], k -> new Centre())
              .add(lat, lon, population);
        }
        if (population < MIN_POPULATION && !SEATS.contains(f[7])) {
          continue;
        }
        GeoName place = new GeoName(f[1], country, f[10], f[7], population, lat, lon);
        lines.add(row(place, keys(f[1], f[2], f[3])));
      }
    }
    for (Map.Entry<String, Centre> d : divisions.entrySet()) {
      String name = divisionNames.get(d.getKey());
      String[] code = d.getKey().split("\\.", 2);
      if (name != null) {
        Centre c = d.getValue();
        GeoName division =
            new GeoName(
                name,
                CountryCodes.alpha3(code[0]),
                code[1],
                GeoName.DIVISION,
                c.population,
                c.lat(),
                c.lon());
        lines.add(row(division, divisionKeys(name)));
      }
    }
    for (Map.Entry<String, Centre> c : countries.entrySet()) {
      Centre centre = c.getValue();
      GeoName country =
          new GeoName(
              "", c.getKey(), "", GeoName.COUNTRY, centre.population, centre.lat(), centre.lon());
      lines.add(row(country, List.of()));
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer w =
        new OutputStreamWriter(
            new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
      w.write(
          "# Newsgraph place gazetteer, generated at build time from GeoNames (www.geonames.org,"
              + " CC BY 4.0).\n# name\tkeys\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon\n");
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
    }
    return lines.size();
  }

  /**
   * A division's keys: its name, and its name without a trailing generic word ("Cauca Department"
   * is also "Cauca"), unless what is left is too short to be a name.
   */
  static List<String> divisionKeys(String name) {
    String key = Gazetteer.key(name);
    String bare = DivisionWords.bare(key);
    return bare != null && bare.length() >= MIN_BARE_DIVISION_NAME
        ? List.of(key, bare)
        : List.of(key);
  }

  /** GeoNames admin1 codes ("US.GA") to names ("Georgia"). */
  private static Map<String, String> divisionNames(Path admin1Json) throws IOException {
    Map<String, String> names = new TreeMap<>();
    JsonNode all = new ObjectMapper().readTree(admin1Json.toFile());
    for (JsonNode n : all) {
      names.put(n.path("code").asText(), n.path("name").asText());
    }
    return names;
  }

  /**
   * The keys ({@link Gazetteer#key}) of the name and of the alternate names worth matching in
   * English news: the ASCII name and alternates written in Latin script with a capital first
   * letter, without codes (all capitals: "CCS"), digits, or the lower-case romanizations of other
   * scripts ("ka la ka si").
   */
  static List<String> keys(String name, String ascii, String alternates) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(Gazetteer.key(name));
    List<String> all = new ArrayList<>();
    all.add(ascii);
    all.addAll(List.of(alternates.split(",")));
    for (String a : all) {
      String t = a.strip();
      if (t.length() < 3
          || t.length() > MAX_NAME_LENGTH
          || t.equals(t.toUpperCase(java.util.Locale.ROOT))
          || !Character.isUpperCase(t.charAt(0))
          || t.contains("  ")
          || t.contains(" - ")
          || !t.codePoints().allMatch(GazetteerIndexBuilder::nameChar)
          || !keys.add(Gazetteer.key(t))) {
        continue;
      }
    }
    return List.copyOf(keys);
  }

  private static boolean nameChar(int c) {
    return c == ' '
        || c == '-'
        || c == '\''
        || c == '.'
        || c == '’'
        || Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  private static String row(GeoName g, List<String> keys) {
    return String.join(
        "\t",
        g.name(),
        String.join("|", keys),
        g.country(),
        g.admin1(),
        g.feature(),
        Long.toString(g.population()),
        String.format(java.util.Locale.ROOT, "%.4f", g.lat()),
        String.format(java.util.Locale.ROOT, "%.4f", g.lon()));
  }

  /**
   * The population-weighted centre of a set of places, averaged as unit vectors so a country
   * astride the 180th meridian (Fiji) gets a centre on its islands, not in Africa.
   */
  private static final class Centre {
    double x;
    double y;
    double z;
    long population;

    void add(double lat, double lon, long people) {
      double w = Math.max(people, 1);
      double la = Math.toRadians(lat);
      double lo = Math.toRadians(lon);
      x += w * Math.cos(la) * Math.cos(lo);
      y += w * Math.cos(la) * Math.sin(lo);
      z += w * Math.sin(la);
      population += people;
    }

    double lat() {
      return Math.toDegrees(Math.atan2(z, Math.hypot(x, y)));
    }

    double lon() {
      return Math.toDegrees(Math.atan2(y, x));
    }
  }
}
