package org.newsgraph.extract.event.role;

import java.util.Set;
import org.newsgraph.extract.event.trigger.Trigger;
import org.newsgraph.extract.event.trigger.TriggerLexicon;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** The role tokens of a trigger match, less the trigger's own words and the forces it moves. */
final class TriggerRoles {
  /**
   * Categories whose verb's object is the force they move, not whom it is aimed at: "mobilized army
   * reservists for a war against Iraq" targets Iraq.
   */
  private static final Set<String> FORCE_OBJECT = Set.of("MOBILIZE");

  private TriggerRoles() {}

  /** The roles a trigger match is read with, and the object it moves (its forces), or -1. */
  record Read(RoleReader.Roles roles, int force) {}

  /** The roles of the trigger match in the sentence. */
  static Read of(Sentence s, TriggerLexicon.Match m) {
    Trigger trigger = m.trigger();
    Token head = s.tokens().get(m.head());
    RoleReader.Roles roles = RoleReader.read(s, head, trigger.noun(), trigger.type());
    if (roles.target() >= m.first() && roles.target() <= m.last()) {
      // "a state of emergency", "stopped work", "opened fire": a word of the trigger itself is no
      // target (an object outside it, "imposed sanctions on Kabul", is still read for the actor
      // inside it)
      int aimed = ObjectAims.of(s, roles.target(), trigger.type());
      roles = new RoleReader.Roles(roles.source(), -1, roles.clauseHead(), roles.recipient());
      roles = trigger.noun() ? roles : RoleReader.withCaseTarget(s, roles, trigger.type());
      if (roles.target() < 0 && aimed >= 0) {
        // "imposed sanctions on Pyongyang", "cut ties with Doha": whom the object is aimed at
        roles = new RoleReader.Roles(roles.source(), aimed, roles.clauseHead(), roles.recipient());
      }
    }
    int force = -1;
    if (!trigger.noun() && RolePhrases.isObject(s, roles.target())) {
      RoleReader.Roles without =
          new RoleReader.Roles(roles.source(), -1, roles.clauseHead(), roles.recipient());
      RoleReader.Roles aimed = RoleReader.withCaseTarget(s, without, trigger.type());
      boolean moved =
          RoleReader.movesForces(head) || DeviceSources.isDevice(s.tokens().get(roles.target()));
      if (FORCE_OBJECT.contains(trigger.type()) || moved && aimed.target() >= 0) {
        // "strengthened its forces in Lebanon", "withdrew its inspectors from Iraq", "fired
        // rockets at Israeli towns": the forces or weapons are not the target, but where they
        // are still counts
        force = roles.target();
        roles = aimed;
      }
    }
    return new Read(roles, force);
  }
}
