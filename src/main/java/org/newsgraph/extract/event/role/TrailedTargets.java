package org.newsgraph.extract.event.role;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.TrailingParticiples;
import org.newsgraph.extract.event.actor.ActorReader;
import org.newsgraph.extract.event.actor.PhraseActors;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Sentence;

/** Whom the clause a trailing participle hangs from acted on: "fired at the camps, killing 50". */
final class TrailedTargets {
  private final ActorReader actors;
  private final PhraseActors inside;

  TrailedTargets(ActorReader actors, PhraseActors inside) {
    this.actors = actors;
    this.inside = inside;
  }

  /**
   * Whom the clause a participle trails acted on ("launched rocket fire against rebel camps,
   * killing 50": the rebels): the coded actor of its target phrase, of that phrase's aim, or inside
   * it; null if none.
   */
  EventActor trailedTarget(EventInput in, Sentence s, int participle) {
    int main = TrailingParticiples.mainClause(s, participle);
    if (main < 0 || main == participle || !s.tokens().get(main).isVerb()) {
      return null;
    }
    List<Integer> phrases = new ArrayList<>();
    phrases.add(RoleReader.read(s, s.tokens().get(main), false).target());
    phrases.addAll(RoleReader.obliqueTargets(s, main)); // "fired rockets against the camps"
    for (int phrase : phrases) {
      EventActor a = phrase < 0 ? null : inside.aimedAt(in, s, phrase, actors.actor(in, s, phrase));
      if (phrase >= 0 && (a == null || a.actor() == null)) {
        PhraseActors.Inner inner = inside.innerActor(in, s, phrase, null);
        a = inner == null ? a : inner.actor();
      }
      if (a != null && a.actor() != null) {
        return a;
      }
    }
    return null;
  }
}
