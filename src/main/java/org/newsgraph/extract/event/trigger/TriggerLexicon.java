package org.newsgraph.extract.event.trigger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * The event triggers of {@code event/triggers.tsv}, validated at load: single words and multiword
 * patterns ("seizure *warrant"), each with its head, PLOVER type, mode and CAMEO code.
 */
public final class TriggerLexicon {
  /** The 16 PLOVER categories. */
  public static final Set<String> PLOVER_TYPES =
      Set.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT");

  /** A trigger found in a sentence: tokens {@code first..last} inclusive, roles read at head. */
  public record Match(Trigger trigger, int first, int last, int head) {}

  /** Triggers by their first word, longest pattern first. */
  private final Map<String, List<Trigger>> byFirstWord;

  private final int size;

  private TriggerLexicon(Map<String, List<Trigger>> byFirstWord, int size) {
    this.byFirstWord = Map.copyOf(byFirstWord);
    this.size = size;
  }

  /** The built-in lexicon. */
  public static TriggerLexicon builtIn() {
    return load("/event/triggers.tsv");
  }

  /** A lexicon from a classpath resource; a bad line fails with the file and line number. */
  public static TriggerLexicon load(String resource) {
    Map<String, List<Trigger>> out = new HashMap<>();
    Set<String> seen = new HashSet<>();
    int n = 0;
    for (RuleFile.Line line : RuleFile.read(resource)) {
      Trigger t = parse(line);
      String key = t.lemma() + "|" + t.noun() + "|" + t.when();
      if (!seen.add(key)) {
        throw line.error("duplicate trigger (same pattern, part of speech and conditions)");
      }
      out.computeIfAbsent(t.words().get(0), k -> new ArrayList<>()).add(t);
      Trigger split = splitHyphens(t);
      if (split != null) {
        out.computeIfAbsent(split.words().get(0), k -> new ArrayList<>()).add(split);
      }
      n++;
    }
    out.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    return new TriggerLexicon(out, n);
  }

  private static Trigger parse(RuleFile.Line line) {
    String[] f = line.fields();
    if (f.length < 6 || f.length > 7) {
      throw line.error(
          "expected 6 or 7 tab-separated fields (pattern, V|N, type, mode, CAMEO,"
              + " example[, conditions])");
    }
    if (!(f[1].equals("V") || f[1].equals("N"))) {
      throw line.error("part of speech must be V or N");
    }
    if (!PLOVER_TYPES.contains(f[2])) {
      throw line.error("unknown PLOVER type " + f[2]);
    }
    if (!f[3].matches("-|[a-z][a-z-]*")) {
      throw line.error("mode must be - or a lower-case name");
    }
    if (!f[4].matches("\\d{3,4}")) {
      throw line.error("CAMEO code must have 3 or 4 digits");
    }
    if (f[5].isBlank() || !f[5].strip().endsWith(".")) {
      throw line.error("the example sentence is missing or unfinished");
    }
    String[] raw = f[0].strip().split(" +");
    List<String> words = new ArrayList<>();
    int head = -1;
    for (int i = 0; i < raw.length; i++) {
      String w = raw[i];
      if (w.startsWith("*")) {
        if (head >= 0) {
          throw line.error("two heads marked with *");
        }
        head = i;
        w = w.substring(1);
      }
      if (!w.matches("[a-z][a-z'-]*")) {
        throw line.error("pattern words are lower-case lemmas: '" + w + "'");
      }
      words.add(w);
    }
    List<TriggerCondition> when = new ArrayList<>();
    if (f.length == 7 && !f[6].isBlank()) {
      for (String c : f[6].split(",")) {
        try {
          when.add(TriggerCondition.parse(c));
        } catch (IllegalArgumentException e) {
          throw line.error(e.getMessage());
        }
      }
    }
    return new Trigger(
        String.join(" ", words),
        f[1].equals("N"),
        f[2],
        f[3].equals("-") ? null : f[3],
        f[4],
        words,
        Math.max(head, 0),
        when);
  }

  /**
   * The pattern as the tokenizer may cut it: "cease-fire" comes as "cease", "-", "fire" (but
   * "re-open" as one token, so both forms are kept); the head is the last piece of the head word.
   * Null when no word has a hyphen.
   */
  private static Trigger splitHyphens(Trigger t) {
    if (t.words().stream().noneMatch(w -> w.indexOf('-') > 0)) {
      return null;
    }
    List<String> words = new ArrayList<>();
    int head = 0;
    for (int i = 0; i < t.words().size(); i++) {
      String[] pieces = t.words().get(i).split("(?<=-)|(?=-)");
      words.addAll(List.of(pieces));
      if (i == t.head()) {
        head = words.size() - 1;
      }
    }
    return new Trigger(t.lemma(), t.noun(), t.type(), t.mode(), t.cameo(), words, head, t.when());
  }

  /** How many entries the lexicon holds. */
  public int size() {
    return size;
  }

  /** Whether some pattern could start at this token: a cheap test, before any parse. */
  public boolean mayStartAt(Token t) {
    return candidatesAt(t) != null;
  }

  /**
   * The patterns whose first word is the token's lemma or its word as written ("prepared to" is
   * written as a word: the tagger may give the verb's lemma, "prepare"), longest first; or null.
   */
  private List<Trigger> candidatesAt(Token t) {
    List<Trigger> byLemma = byFirstWord.get(t.lemma().toLowerCase(Locale.ROOT));
    String word = t.word().toLowerCase(Locale.ROOT);
    List<Trigger> byWord = word.equalsIgnoreCase(t.lemma()) ? null : byFirstWord.get(word);
    if (byWord == null || byLemma == null) {
      return byWord == null ? byLemma : byWord;
    }
    List<Trigger> both = new ArrayList<>(byLemma);
    both.addAll(byWord);
    both.sort((a, b) -> b.words().size() - a.words().size());
    return both;
  }

  /**
   * The triggers of a parsed sentence, left to right; the longest pattern wins and a token inside
   * one match is not matched again.
   */
  public List<Match> matches(Sentence s) {
    return matches(s.tokens(), s);
  }

  /**
   * Whether a trigger's words and part of speech match somewhere in the tagged tokens, before any
   * parse: the conditions on dependents are not checked. Used to decide which sentences to parse.
   */
  public boolean anyMatch(List<Token> tokens) {
    return !matches(tokens, null).isEmpty();
  }

  /** The matches; conditions on dependents are checked only when the parse {@code s} is given. */
  private List<Match> matches(List<Token> tokens, Sentence s) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<Trigger> candidates = candidatesAt(tokens.get(i));
      if (candidates == null) {
        continue;
      }
      for (Trigger t : candidates) {
        int last = i + t.words().size() - 1;
        if (last >= tokens.size() || !wordsMatch(tokens, i, t)) {
          continue;
        }
        int head = i + t.head();
        Token h = tokens.get(head);
        boolean pos =
            t.noun()
                ? h.isNoun() && !h.isProperNoun()
                : h.isVerb() || (t.words().size() > 1 && isVerbal(h)) || afterModal(tokens, head);
        if (!pos || (s != null && !t.when().stream().allMatch(c -> c.holds(s, head)))) {
          continue;
        }
        out.add(new Match(t, i, last, head));
        i = last;
        break;
      }
    }
    return out;
  }

  /** "would blockade": a word right after a modal is a verb, whatever the tagger said. */
  private static boolean afterModal(List<Token> tokens, int at) {
    return at > 0 && tokens.get(at - 1).pos().equals("MD") && tokens.get(at).isNoun();
  }

  /** "ready to": an adjective heading a verbal pattern counts as its verb. */
  private static boolean isVerbal(Token t) {
    return t.pos().startsWith("JJ");
  }

  private static boolean wordsMatch(List<Token> tokens, int from, Trigger t) {
    for (int k = 0; k < t.words().size(); k++) {
      Token tok = tokens.get(from + k);
      String w = t.words().get(k);
      if (!tok.lemma().equalsIgnoreCase(w) && !tok.word().equalsIgnoreCase(w)) {
        return false;
      }
    }
    return true;
  }
}
