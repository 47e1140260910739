package org.newsgraph.extract.event.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.quote.SpeechCues;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Demands made by saying what another must do: "Moscow said that Khartoum must return the
 * helicopter" is a REQUEST from Moscow to Khartoum (CAMEO 10), read from a modal of obligation in
 * the clause a verb of saying reports. The match's head is the verb of saying, so the roles are its
 * subject and the subject of the reported clause.
 */
public final class ModalDemands {
  /** Modals that lay an obligation on the subject of their clause. */
  private static final Set<String> OBLIGATION = Set.of("must");

  private static final Trigger DEMAND =
      new Trigger("must", false, "REQUEST", null, "100", List.of("must"), 0, List.of());

  private final SpeechCues cues;

  public ModalDemands(SpeechCues cues) {
    this.cues = cues;
  }

  /** The sentence's trigger matches, with a demand added for each "said ... must". */
  public List<TriggerLexicon.Match> addTo(Sentence s, List<TriggerLexicon.Match> matches) {
    List<TriggerLexicon.Match> out = null;
    for (Token t : s.tokens()) {
      if (!OBLIGATION.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Dependency aux = s.headOf(t.index());
      Dependency up = aux == null || aux.governor() < 0 ? null : s.headOf(aux.governor());
      if (aux != null
          && aux.relation().equals("aux")
          && up != null
          && up.governor() >= 0
          && up.relation().equals("ccomp")
          && cues.isCue(s.tokens().get(up.governor()))) {
        out = out == null ? new ArrayList<>(matches) : out;
        out.add(new TriggerLexicon.Match(DEMAND, t.index(), t.index(), up.governor()));
      }
    }
    return out == null ? matches : out;
  }
}
