package org.newsgraph.eval;

import edu.stanford.nlp.process.Morphology;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.rules.RuleFile;

/**
 * The word-level normalization the scorer compares by: case and accents folded, punctuation
 * dropped, so "Clinton’s" gives the words "clinton" and "s".
 */
public final class Words {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> FUNCTION_WORDS = RuleFile.words("/eval/function-words.txt");
  private static final Set<String> TITLES = RuleFile.words("/eval/speaker-titles.txt");
  private static final Set<String> PRONOUNS = RuleFile.words("/eval/pronouns.txt");
  private static final Set<String> SPEECH_LEMMAS = RuleFile.words("/eval/verbs-of-saying.txt");

  /** Verb tags a cue word is lemmatized under: a cue is a verb, its form unknown. */
  private static final List<String> VERB_TAGS = List.of("VBD", "VBZ", "VBN", "VBG", "VB");

  private Words() {}

  /** The words of a text, case and accents folded, in order, without repeats. */
  public static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    String folded =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    for (String w : NOT_WORD.split(folded)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The content words of a text: its words without function words, or all of them if none. */
  public static Set<String> contentWords(String text) {
    Set<String> all = words(text);
    Set<String> out = new LinkedHashSet<>(all);
    out.removeAll(FUNCTION_WORDS);
    return out.isEmpty() ? all : out;
  }

  /**
   * The words that identify a speaker: no function words, titles or honorifics, unless the name is
   * nothing else ("the minister" keeps "minister").
   */
  public static Set<String> speakerWords(String name) {
    Set<String> all = words(name);
    Set<String> out = new LinkedHashSet<>(all);
    out.removeAll(FUNCTION_WORDS);
    String surname = surname(name);
    if (surname != null) {
      out.add(surname); // "George Will": a surname that is also a function word is still a name
    }
    if (out.isEmpty()) {
      out = all; // "Will"
    }
    Set<String> withoutTitles = new LinkedHashSet<>(out);
    withoutTitles.removeAll(TITLES);
    return withoutTitles.isEmpty() ? out : withoutTitles;
  }

  /** The last word of a name of two words or more when it is capitalized, folded; else null. */
  private static String surname(String name) {
    String[] parts = name.strip().split("\\s+");
    String last = parts[parts.length - 1];
    if (parts.length < 2 || last.isEmpty() || !Character.isUpperCase(last.codePointAt(0))) {
      return null;
    }
    Set<String> folded = words(last);
    return folded.size() == 1 ? folded.iterator().next() : null;
  }

  /**
   * Prepositions after which a capitalized phrase is the object of a description, not its head:
   * "the senator from Ohio", "a spokeswoman for Okafor", "a report in the Daily Ledger".
   */
  private static final Set<String> PREPOSITIONS = Set.of("of", "from", "for", "in", "at", "on");

  /** Articles between a preposition and the capitalized words it governs: "of the Daily Ledger". */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * Whether a gold source is a proper name: the last word before any comma starts with a capital
   * letter and is not a pronoun, and the capitalized words at the end are not the object of a
   * preposition after a lowercase head. "Trump", "The New York Post", "spokeswoman Hope Hicks",
   * "Ana Ruiz of the Daily Ledger" are names; "he", "officials", "the spokeswoman", "White House
   * officials", "the senator from Ohio" are not.
   */
  public static boolean isName(String source) {
    if (source == null || source.isBlank()) {
      return false;
    }
    String head = source.split(",", 2)[0].strip();
    String[] parts = head.split("\\s+");
    if (!capitalizedWord(parts[parts.length - 1])) {
      return false;
    }
    int i = parts.length - 1;
    while (i >= 0 && Character.isUpperCase(parts[i].codePointAt(0))) {
      i--;
    }
    while (i >= 0 && ARTICLES.contains(parts[i].toLowerCase(Locale.ROOT))) {
      i--;
    }
    if (i >= 1 && PREPOSITIONS.contains(parts[i].toLowerCase(Locale.ROOT))) {
      return capitalizedWord(parts[i - 1]); // the head before "of", "from": "Ruiz", "senator"
    }
    return true;
  }

  /** "F.B.I." or "FBI", after a leading "the": letters with dots, or two to six capitals. */
  private static final Pattern ACRONYM =
      Pattern.compile("(?i:the\\s+)?(\\p{Lu}(?:\\.\\p{Lu})+\\.?|\\p{Lu}{2,6})");

  /**
   * Whether a name is an acronym ("the F.B.I.", "FBI") of another name of two words or more
   * ("Federal Bureau of Investigation"): its letters are the initials of the other's words once
   * function words are dropped.
   */
  public static boolean isAcronymOf(String acronym, String name) {
    if (acronym == null || name == null) {
      return false;
    }
    java.util.regex.Matcher m = ACRONYM.matcher(acronym.strip());
    if (!m.matches()) {
      return false;
    }
    String letters = m.group(1).replace(".", "").toLowerCase(Locale.ROOT);
    StringBuilder initials = new StringBuilder();
    for (String w : words(name)) {
      if (!FUNCTION_WORDS.contains(w)) {
        initials.append(w.charAt(0));
      }
    }
    return initials.length() >= 2 && initials.toString().equals(letters);
  }

  /** Whether a gold source is a pronoun alone: "he", "They", "who". */
  public static boolean isPronoun(String source) {
    return source != null && PRONOUNS.contains(source.strip().toLowerCase(Locale.ROOT));
  }

  /** A word that starts with a capital and is no pronoun, possessive "'s" and punctuation aside. */
  private static boolean capitalizedWord(String word) {
    String w = word.replaceAll("(?i)['’]s?$", "").replaceAll("\\W+$", "");
    return !w.isEmpty()
        && !PRONOUNS.contains(w.toLowerCase(Locale.ROOT))
        && Character.isUpperCase(w.codePointAt(0));
  }

  /**
   * Whether a cue is a verb of saying: one of its words has a lemma in the project's list of verbs
   * of saying ({@code eval/verbs-of-saying.txt}), or it is "according to".
   */
  public static boolean isSpeechCue(String cue) {
    if (cue == null) {
      return false;
    }
    String lower = cue.toLowerCase(Locale.ROOT);
    if (lower.contains("according to")) {
      return true;
    }
    for (String w : NOT_WORD.split(lower)) {
      if (w.isEmpty()) {
        continue;
      }
      for (String tag : VERB_TAGS) {
        if (SPEECH_LEMMAS.contains(Morphology.lemmaStatic(w, tag).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }
}
