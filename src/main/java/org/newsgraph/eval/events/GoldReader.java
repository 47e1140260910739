package org.newsgraph.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads gold events: the PLOVER gold records (a JSON array; older category names mapped, DOCUMENT
 * records skipped, CAMEO's non-ISO country codes mapped) or the project's own JSON Lines format
 * (docs/eval-events.md). Both are JSON; a file whose first character is '[' is read as PLOVER.
 */
public final class GoldReader {
  /** The PLOVER gold's older category names, and what they are today. */
  static final Map<String, String> OLD_NAMES =
      Map.of(
          "DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

  /** CAMEO country codes that differ from ISO 3166-1 alpha-3. */
  static final Map<String, String> CAMEO_COUNTRIES = Map.of("JAP", "JPN", "ITL", "ITA");

  /** Gold codes that are a sector, not a country. */
  static final Set<String> SECTOR_CODES = Set.of("IGO", "NGO", "IMG", "ISM");

  /**
   * PLOVER sector codes that CAMEO, whose agent codes the project uses, spells otherwise: PLOVER's
   * MED is health (CAMEO HLH), and its JRN is the media (CAMEO MED). PLOVER manual, table 5.2.
   */
  static final Map<String, String> PLOVER_SECTORS = Map.of("MED", "HLH", "JRN", "MED");

  /** The sectors compared, in the project's codes; other gold sectors (ELI, REF...) are not. */
  static final Set<String> SCORED_SECTORS =
      Set.of(
          "GOV", "MIL", "REB", "OPP", "CVL", "JUD", "LEG", "MED", "HLH", "EDU", "BUS", "COP", "IGO",
          "NGO");

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReader() {}

  /** The gold events of a file. */
  public static List<GoldEvent> read(Path file) throws IOException {
    String text = Files.readString(file);
    return text.stripLeading().startsWith("[") ? plover(JSON.readTree(text)) : own(text);
  }

  private static List<GoldEvent> plover(JsonNode array) {
    List<GoldEvent> out = new ArrayList<>();
    for (JsonNode r : array) {
      String type = r.path("event").asText();
      type = OLD_NAMES.getOrDefault(type, type);
      if (!r.hasNonNull("text") || type.equals("DOCUMENT")) {
        continue;
      }
      out.add(
          new GoldEvent(
              r.path("id").asText(),
              r.get("text").asText(),
              type,
              actors(r.get("source")),
              actors(r.get("target")),
              eventWords(r.path("textInfo").path("markup").asText(""))));
    }
    return out;
  }

  /** The "(EVT: words)" spans of a PLOVER record's markup. */
  static List<String> eventWords(String markup) {
    List<String> out = new ArrayList<>();
    Matcher m = EVT.matcher(markup);
    while (m.find()) {
      out.add(m.group(1).strip());
    }
    return out;
  }

  private static final Pattern EVT = Pattern.compile("\\(EVT:\\s*([^)]*)\\)");

  private static List<GoldEvent> own(String text) throws IOException {
    List<GoldEvent> out = new ArrayList<>();
    int n = 0;
    for (String line : text.split("\n")) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      JsonNode r = JSON.readTree(line);
      if (!r.hasNonNull("text") || !r.hasNonNull("type")) {
        throw new IOException("line " + n + ": a gold event needs text and type");
      }
      out.add(
          new GoldEvent(
              r.path("id").asText("line-" + n),
              r.get("text").asText(),
              r.get("type").asText(),
              actors(r.get("source")),
              actors(r.get("target"))));
    }
    return out;
  }

  private static List<GoldEvent.GoldActor> actors(JsonNode node) {
    List<GoldEvent.GoldActor> out = new ArrayList<>();
    if (node == null || !node.isArray()) {
      return out;
    }
    for (JsonNode a : node) {
      String code = a.path("code").asText(null);
      String sector = a.path("sector").asText(null);
      String country = a.path("country").asText(null);
      if (code != null && country == null) {
        if (SECTOR_CODES.contains(code)) {
          // CAMEO's primary code: "IGO" with "GOV" is the Security Council, an IGO whose second
          // role is governmental. The project codes one sector, so the primary one is compared.
          sector = code;
        } else {
          country = CAMEO_COUNTRIES.getOrDefault(code, code);
        }
      }
      if (sector != null && sector.length() >= 3) {
        sector = sector.substring(0, 3).toUpperCase(Locale.ROOT);
        sector = PLOVER_SECTORS.getOrDefault(sector, sector);
        sector = SCORED_SECTORS.contains(sector) ? sector : null;
      }
      out.add(
          new GoldEvent.GoldActor(
              a.path("actorText").asText(a.path("text").asText("")), country, sector));
    }
    return out;
  }
}
