package org.newsgraph.extract.entity.lexicon;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the lines of one lexicon file into entries, validating each; see docs/lexicon.md for the
 * format. A bad line fails the whole file with a {@link LexiconException} naming file and line.
 */
final class LexiconParser {
  /** Longest line accepted, in characters; a longer one is taken for a broken file. */
  static final int MAX_LINE_LENGTH = 10_000;

  /** Most names one line may list. */
  static final int MAX_NAMES_PER_LINE = 200;

  /**
   * The CAMEO actor role codes a sector column may hold, plus POL (politicians, parties) which the
   * analysis record uses.
   */
  static final Set<String> SECTOR_CODES =
      Set.of(
          "GOV", "MIL", "JUD", "LEG", "POL", "OPP", "REB", "BUS", "MED", "EDU", "NGO", "IGO", "CVL",
          "COP", "SPY", "ELI", "HLH", "REF", "LAB", "AGR", "CRM", "UAF", "MNC", "REL", "ENV", "INS",
          "PTY", "SEP", "DEV", "HRI", "NGM", "MOD", "RAD", "IRC", "PKO", "UNO", "AMN", "SET");

  private static final int COLUMNS = 7;
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  private LexiconParser() {}

  /**
   * Parses one file.
   *
   * @param file the name used in messages and kept on each entry
   * @param lines the file's lines, in order
   * @param knownCountries codes defined by country lines of earlier files; codes defined by this
   *     file's own country lines are added to it
   */
  static List<LexiconEntry> parse(String file, List<String> lines, Set<String> knownCountries) {
    List<LexiconEntry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      LexiconEntry entry = parseLine(file, i + 1, lines.get(i));
      if (entry != null) {
        entries.add(entry);
      }
    }
    Set<String> defined = new HashSet<>(knownCountries);
    for (LexiconEntry entry : entries) {
      if (entry.kind() == EntryKind.COUNTRY) {
        defined.add(entry.country());
      }
    }
    for (LexiconEntry entry : entries) {
      if (entry.country() != null && !defined.contains(entry.country())) {
        throw new LexiconException(
            file, entry.line(), "country " + entry.country() + " is not defined by a country line");
      }
    }
    knownCountries.addAll(defined);
    return entries;
  }

  /** One line as an entry, or null for a blank or comment line. */
  private static LexiconEntry parseLine(String file, int number, String raw) {
    if (raw.length() > MAX_LINE_LENGTH) {
      throw new LexiconException(file, number, "line longer than " + MAX_LINE_LENGTH + " chars");
    }
    String line = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    int comment = line.indexOf("\t#");
    if (comment >= 0) {
      line = line.substring(0, comment);
    }
    if (line.isBlank() || line.stripLeading().startsWith("#")) {
      return null;
    }
    String[] cols = line.split("\t", -1);
    if (cols.length != COLUMNS && cols.length != COLUMNS - 1) {
      throw new LexiconException(
          file,
          number,
          "expected " + COLUMNS + " tab-separated columns (note optional), found " + cols.length);
    }
    String kindLabel = cols[0].strip();
    EntryKind kind =
        EntryKind.fromLabel(kindLabel)
            .orElseThrow(
                () ->
                    new LexiconException(
                        file,
                        number,
                        "unknown kind '"
                            + kindLabel
                            + "'; expected one of "
                            + Arrays.stream(EntryKind.values()).map(EntryKind::label).toList()));
    List<String> names = names(file, number, cols[1]);
    String country = optional(cols[2]);
    if (country != null && !ISO3.matcher(country).matches()) {
      throw new LexiconException(
          file, number, "country '" + country + "' is not an ISO 3166-1 alpha-3 code");
    }
    if (country == null
        && (kind == EntryKind.COUNTRY || kind == EntryKind.DEMONYM || kind == EntryKind.CAPITAL)) {
      throw new LexiconException(file, number, "a " + kind.label() + " line needs a country");
    }
    String sector = optional(cols[3]);
    if (sector != null && !SECTOR_CODES.contains(sector)) {
      throw new LexiconException(file, number, "unknown sector code '" + sector + "'");
    }
    LocalDate from = date(file, number, "from", cols[4]);
    LocalDate to = date(file, number, "to", cols[5]);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new LexiconException(file, number, "from " + from + " is not before to " + to);
    }
    String note = cols.length == COLUMNS ? optional(cols[6]) : null;
    return new LexiconEntry(
        kind, names.get(0), names, country, sector, from, to, note, file, number);
  }

  private static List<String> names(String file, int number, String column) {
    List<String> names = new ArrayList<>();
    for (String name : column.split("\\|", -1)) {
      String stripped = name.strip();
      if (stripped.isEmpty() || Names.normalize(stripped).isEmpty()) {
        throw new LexiconException(file, number, "empty name in '" + column + "'");
      }
      names.add(stripped);
    }
    if (names.size() > MAX_NAMES_PER_LINE) {
      throw new LexiconException(file, number, "more than " + MAX_NAMES_PER_LINE + " names");
    }
    return names;
  }

  private static LocalDate date(String file, int number, String column, String value) {
    String text = optional(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new LexiconException(
          file, number, "bad " + column + " date '" + text + "'; expected yyyy-mm-dd");
    }
  }

  /** The stripped value, or null for an empty column or "-". */
  private static String optional(String value) {
    String s = value.strip();
    return s.isEmpty() || s.equals("-") ? null : s;
  }
}
