package org.newsgraph.extract.event.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Repairs the parse of a subject followed by a reduced relative clause, which the parser often
 * takes for the sentence itself: in "Workers employed by the oil company went on strike" it makes
 * "employed" the main verb and hangs "went" on it loose; in "Doctors from two aid groups donated
 * medicines" it makes "donated" a participle on "groups" and the sentence a bare noun; in "Troops
 * raided a camp run by rebels" it makes "camp run by rebels" a clause. The repaired parse has the
 * real main verb at the root with the subject as its own, and the object as the verb's.
 */
public final class ReducedRelatives {
  /** Tags of a finite verb: the main verb of a sentence. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  private ReducedRelatives() {}

  /** The sentence with its main verb restored, or the sentence itself when its parse is sound. */
  public static Sentence repaired(Sentence s) {
    Dependency root = rootOf(s);
    if (root == null) {
      return s;
    }
    Token head = s.tokens().get(root.dependent());
    if (head.pos().equals("VBN")) {
      return participleRoot(s, root.dependent());
    }
    return head.isNoun() ? nounRoot(s, root.dependent()) : participleObject(s);
  }

  /**
   * "Troops raided a camp run by rebels": a participle hung loose on a verb with no object, whose
   * subject before it is that verb's object, the participle a relative clause on it.
   */
  private static Sentence participleObject(Sentence s) {
    for (Dependency d : s.dependencies()) {
      int participle = d.dependent();
      int object = s.child(participle, "nsubj");
      if (d.relation().equals("dep")
          && d.governor() >= 0
          && s.tokens().get(participle).pos().equals("VBN")
          && s.tokens().get(d.governor()).isVerb()
          && s.child(d.governor(), "obj") < 0
          && object > d.governor()
          && object < participle
          && s.childrenOf(participle).stream().noneMatch(x -> x.relation().startsWith("aux"))) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency x : s.dependencies()) {
          if (x.dependent() == object) {
            out.add(new Dependency("obj", d.governor(), object));
          } else if (x.dependent() == participle) {
            out.add(new Dependency("acl", object, participle));
          } else {
            out.add(x);
          }
        }
        return new Sentence(s.index(), s.start(), s.end(), s.tokens(), out);
      }
    }
    return s;
  }

  /**
   * "Workers employed by the company went on strike": a participle root with a subject and no
   * auxiliary, whose loose ("dep") finite verb after it is the main verb.
   */
  private static Sentence participleRoot(Sentence s, int participle) {
    int subject = s.child(participle, "nsubj");
    if (subject < 0 || subject > participle) {
      return s;
    }
    int verb = -1;
    for (Dependency d : s.childrenOf(participle)) {
      if (d.relation().startsWith("aux")) {
        return s; // "have been employed": a real verb group
      }
      if (verb < 0
          && d.relation().equals("dep")
          && d.dependent() > participle
          && FINITE.contains(s.tokens().get(d.dependent()).pos())
          && s.child(d.dependent(), "nsubj") < 0) {
        verb = d.dependent();
      }
    }
    return verb < 0 ? s : rehung(s, subject, participle, verb);
  }

  /**
   * "Doctors from two aid groups donated medicines to the school": a noun root with a past
   * participle inside its phrase that has an object and no subject, which is the main verb.
   */
  private static Sentence nounRoot(Sentence s, int noun) {
    int[] phrase = s.extent(noun, d -> d.relation().equals("nmod"));
    for (Dependency d : s.dependencies()) {
      Token t = s.tokens().get(d.dependent());
      if (d.relation().equals("acl")
          && d.governor() >= phrase[0]
          && d.governor() <= phrase[1]
          && d.dependent() > d.governor()
          && (t.pos().equals("VBN") || t.pos().equals("VBD"))
          && s.child(d.dependent(), "obj") >= 0
          && s.child(d.dependent(), "nsubj") < 0
          && !s.hasChildWord(d.dependent(), "mark", Set.of("to"))) {
        return rehung(s, noun, noun, d.dependent());
      }
    }
    return s;
  }

  /**
   * The parse with {@code verb} at the root, {@code subject} its subject, and what hung on {@code
   * old} (the former root) after the verb hung on the verb; a former root other than the subject
   * becomes a participle on it.
   */
  private static Sentence rehung(Sentence s, int subject, int old, int verb) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      int dep = d.dependent();
      if (dep == verb) {
        out.add(new Dependency("root", -1, verb));
      } else if (dep == old && old != subject) {
        out.add(new Dependency("acl", subject, old));
      } else if (dep == subject) {
        out.add(new Dependency("nsubj", verb, subject));
      } else if (d.governor() == old && dep > verb) {
        String rel = d.relation().equals("acl") ? "advcl" : d.relation();
        out.add(
            new Dependency(rel, verb, dep)); // "..., risking prison": the verb's, not the noun's
      } else {
        out.add(d);
      }
    }
    return new Sentence(s.index(), s.start(), s.end(), s.tokens(), out);
  }

  private static Dependency rootOf(Sentence s) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        return d;
      }
    }
    return null;
  }
}
