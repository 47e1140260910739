package org.newsgraph.extract.event.role;

import static org.newsgraph.extract.event.actor.SameParty.same;

import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.actor.ActorReader;
import org.newsgraph.extract.event.actor.PhraseCoder;
import org.newsgraph.extract.event.trigger.Trigger;
import org.newsgraph.extract.event.trigger.TriggerLexicon;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Sentence;

/** The other party of a mutual act: "Mexico and Peru signed", "both leaders", "rebels clashed". */
final class MutualParties {
  /** Categories where two coordinated subjects are both parties: "Maduro and Putin met". */
  private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");

  /**
   * Categories where coordinated subjects with no other party are each other's: "Mexico and Peru
   * signed an agreement", "... established diplomatic relations".
   */
  private static final Set<String> MUTUAL = Set.of("CONSULT", "AGREE", "COOPERATE", "SUPPORT");

  private final ActorReader actors;
  private final ReciprocalParties reciprocal;

  MutualParties(PhraseCoder phrases, ActorReader actors) {
    this.actors = actors;
    this.reciprocal = new ReciprocalParties(phrases, actors);
  }

  /** A source and target, as a mutual act reads them. */
  record Pair(EventActor source, EventActor target) {}

  /** Whether coordinated subjects of the category with no other party are each other's. */
  static boolean mutual(String type) {
    return MUTUAL.contains(type);
  }

  /** Whether the category's act takes place between its parties rather than at a place. */
  static boolean symmetric(String type) {
    return SYMMETRIC.contains(type);
  }

  /** The source and target once the other party of a mutual act is read; else as given. */
  Pair read(RoleContext c, EventActor source, EventActor target) {
    EventInput in = c.input();
    Sentence s = c.sentence();
    TriggerLexicon.Match m = c.match();
    RoleReader.Roles roles = c.roles();
    Trigger trigger = m.trigger();
    if (MUTUAL.contains(trigger.type())
        && (target == null
            || target.actor() == null
            || !RolePhrases.partyPhrase(s, roles.target())
            || !same(target, actors.actor(in, s, roles.target())))
        && roles.source() >= 0) {
      // "Mexico and Peru signed an agreement", "India and Pakistan resumed talks on Kashmir":
      // each is the other's party, not the agreement nor what the talks are about
      int second = RoleReader.coordinated(s, roles.source());
      EventActor other =
          ReciprocalParties.sameKind(
              s, roles.source(), second, source, actors.actor(in, s, second));
      target = other == null || other.actor() == null ? target : other;
    }
    if (SYMMETRIC.contains(trigger.type())
        && roles.source() >= 0
        && (target == null || target.actor() == null)) {
      EventActor[] pair = NamedPairs.bothNamedBefore(in, s, roles.source());
      if (pair != null) {
        // "both leaders restated their commitment": the two people just named
        source = pair[0];
        target = pair[1];
      }
    }
    if ((target == null || target.actor() == null) && !trigger.noun()) {
      boolean mutual = MUTUAL.contains(trigger.type());
      EventActor other = reciprocal.otherSide(in, s, m.head(), roles.source(), source, mutual);
      target = other == null ? target : other; // "Sudanese rebels and government troops clashed"
    }
    return new Pair(source, target);
  }
}
