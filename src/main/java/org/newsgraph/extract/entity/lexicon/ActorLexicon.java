package org.newsgraph.extract.entity.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actor lexicon: countries, demonyms, capitals, institutions, titles, sector nouns and dated
 * persons, read from tab-separated files (format in docs/lexicon.md) and queried by name.
 *
 * <p>Immutable once built and safe to share between threads. Names match after {@link
 * Names#normalize normalization}: diacritics folded, periods dropped, whitespace collapsed, a
 * leading "the" ignored; titles and sector nouns regardless of case, other kinds case-sensitively.
 * Where several entries share a name, those of user files come before the built-in ones.
 */
public final class ActorLexicon {
  /** The classpath folder of the built-in files. */
  static final String RESOURCE_DIR = "/lexicon/";

  /** The file in {@link #RESOURCE_DIR} listing the built-in files in load order. */
  static final String INDEX = "index.txt";

  /** Largest user file accepted, in bytes. */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  private final List<LexiconEntry> entries;
  private final Map<String, List<LexiconEntry>> byName = new HashMap<>();
  private final Map<String, String> countryNames = new LinkedHashMap<>();
  private final NameIndex index = new NameIndex();

  private ActorLexicon(List<LexiconEntry> entries) {
    this.entries = List.copyOf(entries);
    for (LexiconEntry entry : this.entries) {
      boolean ignoreCase = entry.kind().ignoresCase();
      Set<String> keys = new HashSet<>();
      for (String name : entry.names()) {
        String normalized = Names.normalize(name);
        index.add(normalized, ignoreCase);
        String key = Names.key(normalized, ignoreCase);
        if (keys.add(key)) {
          byName.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
      }
      if (entry.kind() == EntryKind.COUNTRY) {
        countryNames.putIfAbsent(entry.country(), entry.name());
      }
    }
  }

  /** The lexicon of the files shipped with Newsgraph, loaded once on first use. */
  public static ActorLexicon builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * The built-in lexicon plus the user's files, read in order. A user file may use the country
   * codes of the built-in files and of the user files before it (or its own country lines). User
   * entries come first wherever names are shared, so they win in {@link #lookup(String, EntryKind,
   * LocalDate)}.
   *
   * @throws LexiconException if a file cannot be read or holds a bad line
   */
  public static ActorLexicon withUserFiles(List<Path> files) {
    ActorLexicon builtIn = builtIn();
    Set<String> countries = new HashSet<>(builtIn.countryCodes());
    List<LexiconEntry> all = new ArrayList<>();
    for (Path file : files) {
      all.addAll(LexiconParser.parse(file.toString(), readFile(file), countries));
    }
    all.addAll(builtIn.entries);
    return new ActorLexicon(all);
  }

  /** Every entry, user entries first, each file in line order. */
  public List<LexiconEntry> entries() {
    return entries;
  }

  /**
   * Every entry with a name equal to the phrase after normalization, whatever its kind or dates. A
   * possessive "'s" is not stripped: pass "Putin", not "Putin's".
   */
  public List<LexiconEntry> lookup(String phrase) {
    String normalized = Names.normalize(phrase);
    List<LexiconEntry> out = new ArrayList<>();
    for (LexiconEntry e : byName.getOrDefault(normalized, List.of())) {
      if (!e.kind().ignoresCase()) {
        out.add(e);
      }
    }
    for (LexiconEntry e : byName.getOrDefault(Names.key(normalized, true), List.of())) {
      if (e.kind().ignoresCase()) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The entry of the kind that the phrase names and that holds on the date. Dated lines holding on
   * the date come before undated ones. For a person known to the lexicon but holding no office on
   * the date, the answer is a made-up undated entry with the person's country and no sector: a 2016
   * "Donald Trump" is USA, not USA GOV.
   *
   * @param date the day the phrase refers to; null means today (UTC)
   */
  public Optional<LexiconEntry> lookup(String phrase, EntryKind kind, LocalDate date) {
    LocalDate day = date == null ? LocalDate.now(ZoneOffset.UTC) : date;
    List<LexiconEntry> matches = lookup(phrase).stream().filter(e -> e.kind() == kind).toList();
    if (matches.isEmpty()) {
      return Optional.empty();
    }
    Optional<LexiconEntry> held =
        matches.stream()
            .filter(e -> e.validOn(day))
            .min((a, b) -> Boolean.compare(b.isDated(), a.isDated()));
    if (held.isPresent() || kind != EntryKind.PERSON) {
      return held;
    }
    LexiconEntry first = matches.get(0);
    return Optional.of(
        new LexiconEntry(
            kind,
            first.name(),
            first.names(),
            first.country(),
            null,
            null,
            null,
            "no office on " + day,
            first.file(),
            first.line()));
  }

  /**
   * The number of words in the longest lexicon name, of any kind, starting at {@code
   * words.get(from)}; 0 if none does. Words are tokens as a tokenizer gives them ("U.S." and
   * "Nicolás" one token each); a leading "the" is not part of any name.
   */
  public int longestMatch(List<String> words, int from) {
    if (from < 0 || from >= words.size()) {
      return 0;
    }
    return index.longestMatch(words, from);
  }

  /** The codes defined by country lines. */
  public Set<String> countryCodes() {
    return Collections.unmodifiableSet(countryNames.keySet());
  }

  /** The canonical name of the country with this ISO 3166-1 alpha-3 code. */
  public Optional<String> countryName(String iso3) {
    return Optional.ofNullable(countryNames.get(iso3));
  }

  private static List<String> readFile(Path file) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new LexiconException(
            file.toString(), "larger than " + MAX_FILE_BYTES + " bytes", null);
      }
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new LexiconException(file.toString(), "not valid UTF-8", e);
    } catch (IOException e) {
      throw new LexiconException(file.toString(), "cannot be read: " + e.getMessage(), e);
    }
  }

  private static List<String> readResource(String name) {
    InputStream in = ActorLexicon.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new LexiconException(RESOURCE_DIR + name, "missing from the classpath", null);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new LexiconException(RESOURCE_DIR + name, "cannot be read", e);
    }
  }

  /** Holder idiom: the JVM loads the built-in files once, on first use, thread-safely. */
  private static final class BuiltIn {
    static final ActorLexicon INSTANCE = load();

    private static ActorLexicon load() {
      Set<String> countries = new HashSet<>();
      List<LexiconEntry> all = new ArrayList<>();
      for (String line : readResource(INDEX)) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          all.addAll(LexiconParser.parse(name, readResource(name), countries));
        }
      }
      return new ActorLexicon(all);
    }
  }
}
