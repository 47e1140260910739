package org.newsgraph.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;

/**
 * A person's grammatical gender ('M' or 'F') as the article lets one tell it: a gendered title
 * ("spokeswoman", "Mrs."), a first name (CoreNLP's name-gender list, shipped in its models jar), or
 * a pronoun already resolved to the person. Used so that "she" is not taken for the man who spoke
 * last.
 */
public final class Genders {
  /** CoreNLP's first names with their usual gender, "name TAB MALE|FEMALE" (about 14,600). */
  private static final String NAME_LIST = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  /** Third-person pronouns and their gender. */
  private static final Map<String, Character> PRONOUNS =
      Map.of(
          "he", 'M', "him", 'M', "his", 'M', "himself", 'M', "she", 'F', "her", 'F', "hers", 'F',
          "herself", 'F');

  /** Words in a title that say a person's gender. */
  private static final Map<String, Character> GENDERED_WORDS =
      Map.ofEntries(
          Map.entry("spokeswoman", 'F'),
          Map.entry("spokesman", 'M'),
          Map.entry("congresswoman", 'F'),
          Map.entry("congressman", 'M'),
          Map.entry("chairwoman", 'F'),
          Map.entry("chairman", 'M'),
          Map.entry("businesswoman", 'F'),
          Map.entry("businessman", 'M'),
          Map.entry("mrs", 'F'),
          Map.entry("ms", 'F'),
          Map.entry("mr", 'M'),
          Map.entry("queen", 'F'),
          Map.entry("king", 'M'),
          Map.entry("first lady", 'F'));

  private static volatile Map<String, Character> firstNames;

  private Genders() {}

  /** The gender of a third-person pronoun ("she" F), or null for any other word. */
  public static Character ofPronoun(String word) {
    return PRONOUNS.get(word.toLowerCase(Locale.ROOT));
  }

  /** The gender a title's words give ("spokeswoman", "Mrs."), or null. */
  public static Character ofTitle(String words) {
    for (String w : words.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
      Character g = GENDERED_WORDS.get(w);
      if (g != null) {
        return g;
      }
    }
    return null;
  }

  /** The usual gender of a person's first name ("Hillary Clinton" F), or null when unknown. */
  public static Character ofName(String name) {
    String[] words = name.strip().split("\\s+");
    // The first word before the surname that is not a title or an initial ("Sen.", "J."):
    // "Clinton" alone says nothing, and a surname may be a first name elsewhere.
    for (int i = 0; i < words.length - 1; i++) {
      if (words[i].endsWith(".") || words[i].length() < 2) {
        continue;
      }
      return firstNames().get(words[i].toLowerCase(Locale.ROOT));
    }
    return null;
  }

  /**
   * A person's gender: the title, else the pronouns the article uses for them (the majority), else
   * the first name of the longest name. Null when nothing tells.
   */
  public static Character of(Entity e) {
    if (!"PERSON".equals(e.type())) {
      return null;
    }
    Character g = e.title() == null ? null : ofTitle(e.title());
    if (g != null) {
      return g;
    }
    String longest = e.name();
    for (Mention m : e.mentions()) {
      g = ofTitle(m.text());
      if (g != null) {
        return g;
      }
      if (m.text().length() > longest.length() && ofPronoun(m.text()) == null) {
        longest = m.text();
      }
    }
    int balance = 0;
    for (Mention m : e.mentions()) {
      Character p = ofPronoun(m.text());
      balance += p == null ? 0 : p == 'M' ? 1 : -1;
    }
    if (balance != 0) {
      // The article's own pronouns for the person outweigh the first-name list ("Lindsey").
      return balance > 0 ? 'M' : 'F';
    }
    return ofName(longest);
  }

  private static Map<String, Character> firstNames() {
    Map<String, Character> names = firstNames;
    if (names == null) {
      synchronized (Genders.class) {
        names = firstNames;
        if (names == null) {
          names = load();
          firstNames = names;
        }
      }
    }
    return names;
  }

  private static Map<String, Character> load() {
    Map<String, Character> out = new HashMap<>();
    try (InputStream in = Genders.class.getResourceAsStream(NAME_LIST)) {
      if (in == null) {
        return Map.of(); // without the models jar no name tells a gender; titles still do
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
          out.putIfAbsent(f[0].strip(), f[1].charAt(0));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + NAME_LIST, e);
    }
    return Map.copyOf(out);
  }
}
