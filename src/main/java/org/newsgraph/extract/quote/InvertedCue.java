package org.newsgraph.extract.quote;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.Clauses;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * "The vote marks "a turning point" for the union, said Ana Ruiz, the party's leader.": a cue after
 * a comma with the speaker after it. The parser often takes the head of the reported clause before
 * the comma for the subject and the name for an object; in this order the name speaks.
 */
final class InvertedCue {
  private static final Map<String, Set<String>> ORDER =
      RuleFile.kinds("/quote/cue-order.tsv", "inverts", "object");

  /** Cues that stand before their speaker after a comma ("..., said Ruiz"). */
  private static final Set<String> INVERTING = ORDER.get("inverts");

  /** Cues whose object is the hearer or the one judged: "..., told Ruiz" never inverts. */
  private static final Set<String> OBJECT_CUES = ORDER.get("object");

  /** Relations by which the parser may hang the speaker after an inverted cue. */
  private static final Set<String> SPEAKER_LINKS = Set.of("obj", "iobj", "dep", "nsubj", "appos");

  /** Relations of a clause that follows the cue: then the words after it are not its speaker. */
  private static final Set<String> CLAUSE_LINKS = Set.of("ccomp", "xcomp", "parataxis");

  /** Most tokens of the name after an inverted cue ("Sen. Mary Ann Ruiz-Ortega"). */
  private static final int MAX_NAME = 5;

  private InvertedCue() {}

  /**
   * The head of the speaker after an inverted cue whose parser subject stands before the comma, or
   * -1 when the sentence is not in that order.
   */
  static int speakerAfter(Sentence s, int verb, int parserSubject) {
    Token cue = s.tokens().get(verb);
    if (!Clauses.afterComma(s, verb)
        || parserSubject >= verb - 1
        || !INVERTING.contains(cue.lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int after = -1;
    for (Dependency d : s.childrenOf(verb)) {
      if (d.dependent() < verb) {
        continue;
      }
      if (CLAUSE_LINKS.contains(d.relation())) {
        return -1; // ", told Ruiz that ...": what follows is said, not who says it
      }
      if (SPEAKER_LINKS.contains(d.relation()) && (after < 0 || d.dependent() < after)) {
        after = d.dependent();
      }
    }
    if (after < 0 || after > verb + MAX_NAME) {
      return -1;
    }
    // A name, its description set off after it: ", said Ana Ruiz, the party's leader." An object
    // is a common noun or runs on: ", noted the dichotomy between ...".
    Token head = s.tokens().get(after);
    int[] name =
        s.extent(after, d -> !d.relation().equals("punct") && !d.relation().equals("appos"));
    int end = s.extent(after, d -> !d.relation().equals("punct"))[1] + 1;
    boolean last = end >= s.tokens().size() || s.tokens().get(end).pos().matches("[,.:]");
    return last && head.isProperNoun() && name[1] - name[0] < MAX_NAME ? after : -1;
  }

  /** Whether the words right after the cue may be its speaker: not after "told", "urged". */
  static boolean mayInvert(Token cue) {
    return !OBJECT_CUES.contains(cue.lemma().toLowerCase(Locale.ROOT));
  }
}
