package org.newsgraph.extract.event.role;

import static org.newsgraph.extract.event.actor.SameParty.same;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.extract.event.actor.ActorReader;
import org.newsgraph.extract.event.actor.PhraseActors;
import org.newsgraph.extract.event.trigger.Trigger;
import org.newsgraph.extract.event.trigger.TriggerContext;
import org.newsgraph.extract.event.trigger.TriggerLexicon;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Targets read from the clauses an act governs: what it says or asks, what it is done for. */
final class ClauseTargets {
  /** The marker of an infinitive: "a bid to force the government". */
  private static final Set<String> INFINITIVE_MARK = Set.of("to");

  private final ActorReader actors;
  private final PlaceTargets places;
  private final PhraseActors inside;

  ClauseTargets(ActorReader actors, PlaceTargets places, PhraseActors inside) {
    this.actors = actors;
    this.places = places;
    this.inside = inside;
  }

  /**
   * The target a clause the act governs names: for a speech act, who is to act or is acted on in
   * what it says ("demanded that Israel ease ..."); for another act, the target of its purpose.
   */
  EventActor of(RoleContext c, EventActor source) {
    EventInput in = c.input();
    Sentence s = c.sentence();
    TriggerLexicon.Match m = c.match();
    int clauseHead = c.roles().clauseHead();
    Trigger trigger = m.trigger();
    if (!TriggerContext.SPEECH_ACTS.contains(trigger.type())) {
      return purposeTarget(in, s, clauseHead, source); // "opened fire to disperse demonstrators"
    }
    EventActor inner = contentActor(in, s, clauseHead, source);
    if (inner == null && trigger.noun() && m.head() != clauseHead) {
      inner = contentActor(in, s, m.head(), source); // "its demand that Israel ease ..."
    }
    return inner;
  }

  /** The first actor named inside the trigger's complement clause: "alleging it exposed X". */
  private EventActor contentActor(EventInput in, Sentence s, int head, EventActor source) {
    for (Dependency d : s.childrenOf(head)) {
      if (!(d.relation().equals("ccomp") || d.relation().equals("xcomp"))) {
        continue;
      }
      EventActor asked = d.relation().equals("ccomp") ? subjectOf(in, s, d.dependent()) : null;
      if (asked != null && asked.actor() != null && !same(asked, source)) {
        return asked; // "demanded that the United States match ...": who is to act
      }
      EventActor done = complementTarget(in, s, d.dependent(), source);
      if (done != null) {
        return done; // "threatened to ban Ugandan opposition candidates": the candidates
      }
      int[] span = s.extent(d.dependent(), x -> true);
      for (int i = span[0]; i <= span[1]; i++) {
        Token t = s.tokens().get(i);
        Entity e = in.entities().at(t.start(), t.end());
        EventActor a = e == null ? null : inside.named(in, s, i, e);
        if (a != null && a.actor() != null && !same(a, source)) {
          return a;
        }
      }
    }
    return null;
  }

  /** The actor of an active clause's subject, or null. */
  private EventActor subjectOf(EventInput in, Sentence s, int clause) {
    int subject = s.child(clause, "nsubj");
    return subject < 0 ? null : actors.actor(in, s, subject);
  }

  /**
   * The coded target of the act a complement clause names ("to cut off electricity to Baku", "to
   * lift the curfew on Palestinians"): its recipient, object, or an actor inside its object.
   */
  private EventActor complementTarget(EventInput in, Sentence s, int verb, EventActor source) {
    if (!s.tokens().get(verb).isVerb()) {
      return null;
    }
    RoleReader.Roles r = RoleReader.read(s, s.tokens().get(verb), false);
    if (RoleReader.movesForces(s.tokens().get(verb)) && RolePhrases.isObject(s, r.target())) {
      // "refused to deploy peacekeepers in Iraq": where the forces would go, not the forces
      return places.target(in, s, null, source, verb, -1, r.target(), -1);
    }
    for (int t : new int[] {r.recipient(), r.target()}) {
      EventActor a = actors.actor(in, s, t);
      if (a != null && a.actor() != null && !same(a, source)) {
        return a;
      }
    }
    PhraseActors.Inner inner = r.target() < 0 ? null : inside.innerActor(in, s, r.target(), source);
    return inner == null ? null : inner.actor();
  }

  /**
   * The target of the act a clause is done for ("opened fire to disperse Egyptian demonstrators",
   * "rioted demanding the resignation of the Algerian president"), or null; a clause that says when
   * or why ("after rebels seized the airport") is no purpose.
   */
  EventActor purposeTarget(EventInput in, Sentence s, int head, EventActor source) {
    for (Dependency d : s.childrenOf(head)) {
      if ((d.relation().equals("advcl") || d.relation().equals("xcomp"))
          && !TriggerContext.circumstantial(s, d.dependent())) {
        EventActor purpose = complementTarget(in, s, d.dependent(), source);
        if (purpose != null) {
          return purpose;
        }
      }
    }
    for (Dependency d : s.childrenOf(head)) {
      if (d.relation().startsWith("obl")) {
        EventActor aim = aimOfEffort(in, s, d.dependent(), source);
        if (aim != null) {
          return aim;
        }
      }
    }
    return null;
  }

  /**
   * The target of the infinitive of an effort noun a clause names as its purpose ("in a bid to
   * force the government ...", "as part of a drive to convince the parliament ..."), looked for on
   * the noun and on its "of" phrase; null if none.
   */
  private EventActor aimOfEffort(EventInput in, Sentence s, int noun, EventActor source) {
    List<Integer> nouns = new ArrayList<>(List.of(noun));
    for (Dependency d : s.childrenOf(noun)) {
      if (Prepositions.isOfPhrase(s, d)) {
        nouns.add(d.dependent()); // "in part of a drive to ..."
      }
    }
    for (int n : nouns) {
      for (Dependency d : s.childrenOf(n)) {
        if (d.relation().equals("acl") && s.hasChildWord(d.dependent(), "mark", INFINITIVE_MARK)) {
          EventActor aim = complementTarget(in, s, d.dependent(), source);
          if (aim != null) {
            return aim;
          }
        }
      }
    }
    return null;
  }
}
