package org.newsgraph.extract.event.role;

import static org.newsgraph.extract.event.Prepositions.aimsAt;
import static org.newsgraph.extract.event.Prepositions.caseOf;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Clauses;
import org.newsgraph.extract.event.TrailingParticiples;
import org.newsgraph.extract.event.trigger.CarrierWords;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * Finds an event's source and target tokens in the parse, within the trigger's clause: the agent
 * and patient of a verb, the possessor and "with"/"for" object of an event noun.
 */
final class RoleReader {
  /**
   * Verbs whose passive states the subject's stance, with no agent behind it ("Hanoi is committed
   * to", "Lima is opposed to"): the subject acts ({@code event/stative-participles.tsv}).
   */
  private static final Set<String> STATIVE_PARTICIPLES =
      RuleFile.words("/event/stative-participles.tsv");

  /**
   * Verbs whose object is the force they move, not whom it is aimed at ({@code
   * event/force-verbs.tsv}): "deploy peacekeepers in Iraq" is aimed at Iraq.
   */
  private static final Set<String> FORCE_VERBS = RuleFile.words("/event/force-verbs.tsv");

  /**
   * Verbs whose subject causes the event their object noun names, and is its target ({@code
   * event/causing-verbs.tsv}): "the decision sparked protests".
   */
  private static final Set<String> CAUSING_VERBS = RuleFile.words("/event/causing-verbs.tsv");

  /**
   * Verbs whose object (or "on"/"to" phrase) is to do what their infinitive says ({@code
   * event/object-control-verbs.tsv}): "urged Lima to withdraw".
   */
  private static final Set<String> OBJECT_CONTROL =
      RuleFile.words("/event/object-control-verbs.tsv");

  /** Relations of what a clause says or does after its verb: "agreed to allow", "signed a pact". */
  private static final Set<String> COMPLEMENTS = Set.of("obj", "xcomp", "ccomp");

  /** Whether the verb's subject causes the event its object names ("sparked protests"). */
  static boolean causes(Token verb) {
    return CAUSING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the verb's object is the force it moves ("deployed troops", "massed tanks"). */
  static boolean movesForces(Token verb) {
    return FORCE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  private RoleReader() {}

  /**
   * Token indexes of source and target (-1 where none), the clause head that carries them, and the
   * recipient of a verb of giving (its indirect object or "to" phrase: "offered troops to Beirut").
   */
  record Roles(int source, int target, int clauseHead, int recipient) {}

  /** Prepositions of an event noun's place in its verb's clause: "engaged in", "on alert". */
  private static final Set<String> NOUN_CASES = Set.of("in", "on", "for", "into");

  /** The prepositional objects that could be a target, in order: "to Caracas", "on the regime". */
  static java.util.List<Integer> obliqueTargets(Sentence s, int head) {
    java.util.List<Integer> out = new java.util.ArrayList<>();
    for (Dependency d : s.childrenOf(head)) {
      if (d.relation().startsWith("obl") || d.relation().startsWith("nmod")) {
        String prep = caseOf(s, d.dependent());
        if (aimsAt(prep)) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  /**
   * The second of two coordinated participants ("Maduro and Putin met"), also inside the phrase
   * that says whose envoys they are ("Envoys from Ethiopia and Eritrea signed"), or -1.
   */
  static int coordinated(Sentence s, int first) {
    int conj = first < 0 ? -1 : s.child(first, "conj");
    for (Dependency d : first < 0 || conj >= 0 ? List.<Dependency>of() : s.childrenOf(first)) {
      String prep = caseOf(s, d.dependent());
      if (d.relation().equals("nmod") && ("of".equals(prep) || "from".equals(prep))) {
        return s.child(d.dependent(), "conj");
      }
    }
    return conj;
  }

  static Roles read(Sentence s, Token trigger, boolean noun) {
    return read(s, trigger, noun, null);
  }

  /** The roles of a trigger of the category (which, for a noun, says what "of" or "from" is). */
  static Roles read(Sentence s, Token trigger, boolean noun, String type) {
    if (noun) {
      return ofNoun(s, trigger.index(), type);
    }
    Roles roles = ofVerb(s, trigger.index());
    Dependency chosen = roles.target() < 0 ? null : s.headOf(roles.target());
    return chosen == null || chosen.relation().startsWith("obl")
        ? withCaseTarget(s, roles, type)
        : roles;
  }

  /**
   * The roles with the target a verb's preposition of the category names, if it has one ({@code
   * event/verb-role-cases.tsv}): "complained to the UN over Chilean raids" targets the raids, and
   * the UN, only addressed, is no recipient.
   */
  static Roles withCaseTarget(Sentence s, Roles roles, String type) {
    for (Dependency d : s.childrenOf(roles.clauseHead())) {
      if (d.relation().startsWith("obl")
          && RoleCases.VERBS.introducesTarget(type, caseOf(s, d.dependent()))) {
        return new Roles(roles.source(), d.dependent(), roles.clauseHead(), -1);
      }
    }
    return roles;
  }

  private static Roles ofVerb(Sentence s, int verb) {
    int source = -1;
    int target = -1;
    int passiveSubject = -1;
    int recipient = -1;
    int object = -1;
    for (Dependency d : s.childrenOf(verb)) {
      switch (d.relation()) {
        case "nsubj" -> source = d.dependent();
        case "nsubj:pass" -> passiveSubject = d.dependent();
        case "obj" -> object = object < 0 ? d.dependent() : object; // a second is a misparse
        case "iobj" -> recipient = d.dependent();
        case "obl:agent" -> source = d.dependent();
        case "obl" -> {
          String prep = caseOf(s, d.dependent());
          if ("by".equals(prep) && (passiveSubject >= 0 || passiveParticiple(s, verb))) {
            source = d.dependent();
          } else if (target < 0 && aimsAt(prep)) {
            target = d.dependent();
          }
          if ("to".equals(prep) && recipient < 0) {
            recipient = d.dependent();
          }
        }
        default -> {}
      }
    }
    object = object < 0 ? shiftedObject(s, verb) : object;
    target = object >= 0 ? object : target;
    if (target < 0 && passiveSubject < 0 && passiveParticiple(s, verb)) {
      target = s.headOf(verb).governor(); // "troops backed by Brazil": the troops are backed
    }
    if (passiveSubject >= 0 && source < 0 && isStative(s, verb)) {
      source = passiveSubject; // "Hanoi is committed to opening up": Hanoi commits
    } else if (passiveSubject >= 0) {
      target = passiveSubject;
      source = source < 0 ? instrument(s, verb) : source; // "was killed in a car bomb blast"
      source = source < 0 ? PassiveAgents.of(s, verb) : source; // "in a clash with rebels"
    }
    int main = Clauses.isTrailingParticiple(s, verb) ? TrailingParticiples.mainClause(s, verb) : -1;
    if (main >= 0 && main != verb) {
      // "The government called it a crime, alleging ...": the main clause's subject acts.
      int subject = ofVerb(s, main).source();
      if (subject >= 0) {
        source = subject;
      }
    }
    if (source < 0) {
      source = participleSubject(s, verb);
    }
    if (source < 0 && passiveSubject < 0) {
      // "... and seized": the subject of the first conjunct; an xcomp shares its governor's, as
      // does a bare verb parsed as an object ("help support"). A passive's agent is not its
      // governor's subject ("was put under investigation, Ansa reported").
      Dependency up = s.headOf(verb);
      if (up != null
          && (up.relation().equals("conj")
              || up.relation().equals("xcomp")
              || (up.relation().equals("obj") && s.tokens().get(verb).pos().equals("VB"))
              || gerundComplement(s, verb, up)
              || up.relation().equals("advcl"))) {
        int gov = up.governor();
        Dependency upper = s.headOf(gov);
        // "appears willing to provide": an adjective or noun predicate passes its subject on
        while (!s.tokens().get(gov).isVerb()
            && s.childrenOf(gov).stream().noneMatch(x -> x.relation().startsWith("nsubj"))
            && upper != null
            && upper.governor() >= 0
            && (upper.relation().equals("xcomp") || upper.relation().equals("ccomp"))) {
          gov = upper.governor();
          upper = s.headOf(gov);
        }
        int controller = up.relation().equals("xcomp") ? controller(s, up.governor()) : -1;
        // "urged Lima to withdraw": Lima is to withdraw; "vowed to withdraw": the one who vowed
        source = controller >= 0 && controller < verb ? controller : ofVerb(s, gov).source();
      }
    }
    if (source < 0 && passiveSubject < 0) {
      source = strandedSubject(s, verb);
    }
    return new Roles(source, target, verb, recipient);
  }

  /**
   * The subject of a verb with none, which the parser hung as an apposition or conjunct on the
   * phrase before the comma ("With the signing of the accord on a ceasefire, the government and the
   * rebels have agreed": the government, not a second ceasefire), or -1: the first word between
   * that comma and the verb whose head lies before the comma.
   */
  private static int strandedSubject(Sentence s, int verb) {
    if (!s.tokens().get(verb).isVerb()
        || s.childrenOf(verb).stream().anyMatch(d -> d.relation().startsWith("csubj"))
        || s.childrenOf(verb).stream().noneMatch(d -> COMPLEMENTS.contains(d.relation()))) {
      // "..., a rights group charged on Saturday": an attribution, with nothing after its verb
      return -1;
    }
    int first = verb;
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().startsWith("aux") && d.dependent() < first) {
        first = d.dependent();
      }
    }
    int comma = first - 1;
    while (comma >= 0 && !s.tokens().get(comma).word().equals(",")) {
      Dependency role = s.headOf(comma);
      if (s.tokens().get(comma).isVerb() && (role == null || !role.relation().equals("amod"))) {
        return -1; // a clause of its own stands between ("the Shining Path" is no clause)
      }
      comma--;
    }
    for (int i = comma + 1; comma >= 0 && i < first; i++) {
      Dependency up = s.headOf(i);
      if (up != null && up.governor() >= 0 && up.governor() < comma) {
        boolean misplaced = up.relation().equals("appos") || up.relation().equals("conj");
        return misplaced && s.tokens().get(i).isNoun() ? i : -1;
      }
    }
    return -1;
  }

  /**
   * The object a verb's "as" phrase or bare day comes before, which the parser hangs from that
   * phrase ("denounced as a crime Lima's treatment of the miners", "lifted Friday a blockade on
   * ..."), or -1.
   */
  private static int shiftedObject(Sentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      boolean as = d.relation().equals("obl") && "as".equals(caseOf(s, d.dependent()));
      if (as || d.relation().equals("obl:tmod")) {
        for (Dependency inner : s.childrenOf(d.dependent())) {
          if (inner.relation().equals("dep")
              && inner.dependent() > d.dependent()
              && s.tokens().get(inner.dependent()).isNoun()) {
            return inner.dependent();
          }
        }
      }
    }
    return -1;
  }

  /**
   * The one a verb asks, orders or lets do what its infinitive says: its object ("urged Lima to
   * withdraw", "ordered the army to attack"), or whom it calls on ("called on Lima to"); -1 when
   * the subject does it itself ("vowed to attack", "opened fire to disperse them").
   */
  private static int controller(Sentence s, int verb) {
    if (!OBJECT_CONTROL.contains(s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int object = s.child(verb, "obj");
    if (object >= 0) {
      return object;
    }
    for (Dependency d : s.childrenOf(verb)) {
      String prep = caseOf(s, d.dependent());
      if (d.relation().equals("obl") && ("on".equals(prep) || "to".equals(prep))) {
        return d.dependent(); // "called on Lima to", "appealed to Lima to"
      }
    }
    return -1;
  }

  /**
   * Whether a verb is the gerund a verb of beginning or continuing takes, parsed loose ("resume
   * shelling", "kept firing"): it shares that verb's subject.
   */
  private static boolean gerundComplement(Sentence s, int verb, Dependency up) {
    return up.relation().equals("dep")
        && s.tokens().get(verb).pos().equals("VBG")
        && s.tokens().get(up.governor()).isVerb()
        && up.governor() < verb;
  }

  /**
   * Whether the verb is a passive whose subject undergoes it ("was arrested", not "is opposed").
   */
  static boolean isPassive(Sentence s, int verb) {
    return s.childrenOf(verb).stream().anyMatch(d -> d.relation().equals("nsubj:pass"))
        && !isStative(s, verb);
  }

  /** Whether a passive verb states a stance ("is opposed to"), not something done to it. */
  private static boolean isStative(Sentence s, int verb) {
    return STATIVE_PARTICIPLES.contains(s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * The weapon or blast a passive names in place of an agent ("was killed in a car bomb explosion",
   * "were wounded by a landmine"), or -1.
   */
  private static int instrument(Sentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      String prep = caseOf(s, d.dependent());
      if (d.relation().startsWith("obl")
          && ("in".equals(prep) || "by".equals(prep))
          && DeviceSources.isDevice(s.tokens().get(d.dependent()))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** Whether the verb is a past participle modifying a noun: "a bill signed by the minister". */
  private static boolean passiveParticiple(Sentence s, int verb) {
    Dependency up = s.headOf(verb);
    return up != null && up.relation().equals("acl") && s.tokens().get(verb).pos().equals("VBN");
  }

  /**
   * Who acts in a participle modifying a noun: the noun itself ("rebels fleeing the town"), or, for
   * a text ("issued a declaration demanding ..."), whoever issued it; -1 if neither.
   */
  private static int participleSubject(Sentence s, int verb) {
    Dependency up = s.headOf(verb);
    if (up == null
        || up.governor() < 0
        || !up.relation().equals("acl")
        || !s.tokens().get(verb).pos().equals("VBG")) {
      return -1; // "the curfew imposed in Sudan", "a drive to convince": not the noun's act
    }
    Token noun = s.tokens().get(up.governor());
    if (!noun.isNoun()) {
      return -1;
    }
    if (!CarrierWords.isDocumentNoun(noun)) {
      return up.governor();
    }
    Dependency issued = s.headOf(up.governor());
    return issued != null
            && issued.governor() >= 0
            && issued.relation().equals("obj")
            && s.tokens().get(issued.governor()).isVerb()
        ? ofVerb(s, issued.governor()).source()
        : -1;
  }

  private static Roles ofNoun(Sentence s, int noun, String type) {
    int source = -1;
    int target = -1;
    int between = -1;
    for (Dependency d : s.childrenOf(noun)) {
      if (d.relation().equals("nmod:poss")) {
        source = d.dependent();
      } else if (d.relation().equals("nmod")) {
        String prep = caseOf(s, d.dependent());
        if (RoleCases.NOUNS.introducesTarget(type, prep)) {
          target = target < 0 ? d.dependent() : target; // "the withdrawal from Molvania"
        } else if ("between".equals(prep)) {
          between = d.dependent();
          source = d.dependent();
          target = s.child(d.dependent(), "conj");
        } else if (target < 0 && aimsAt(prep)) {
          target = d.dependent();
        } else if ("by".equals(prep) || "from".equals(prep)) {
          source = d.dependent();
        }
      }
    }
    int participle = source < 0 ? Patients.participleWithAgent(s, noun) : -1;
    if (participle >= 0) {
      // "attacks carried out by militants against the army": the militants, on the army
      source = Patients.agent(s, participle);
      target = target < 0 ? aimOfVerb(s, participle) : target;
    }
    target = target < 0 && source >= 0 ? Patients.ofPhrase(s, noun) : target;
    int head = noun;
    int recipient = -1;
    Dependency up = s.headOf(noun);
    if (up != null
        && up.governor() >= 0
        && up.relation().equals("obj")
        && CarrierWords.isLightVerb(s.tokens().get(up.governor()))) {
      head = up.governor();
      Roles verb = ofVerb(s, head);
      recipient = verb.recipient();
      if (verb.source() >= 0 && source >= 0 && source == between) {
        target = between; // "X undertook a mediation between A and B": X mediates, A is a party
        source = verb.source();
      } else if (verb.source() >= 0
          && (source < 0 || s.tokens().get(source).pos().startsWith("PRP"))) {
        source = verb.source(); // "Moscow reaffirmed its support": Moscow, not "its"
      }
    } else {
      int verb = governingVerb(s, noun);
      if (verb >= 0 && causes(s.tokens().get(verb))) {
        // "Chile's decision sparked protests", "... drew a protest from Lima": the protests are
        // aimed at what caused them
        int cause = ofVerb(s, verb).source();
        target = target < 0 ? cause : target;
      } else if (verb >= 0 && source < 0) {
        // "gave Abidjan five million dollars of aid", "engaged in ethnic cleansing"
        Roles v = ofVerb(s, verb);
        source = v.source();
        recipient = v.recipient();
        target = target < 0 ? recipient : target;
        // "were engaged in ethnic cleansing in the province against the Albanians"
        target = target < 0 ? aimOfVerb(s, verb) : target;
      }
    }
    return new Roles(source, target, head, recipient);
  }

  /** Prepositions of a verb's phrase that name whom the act its event noun names is aimed at. */
  private static final Set<String> AIMED_CASES = Set.of("against", "with", "on");

  /** The verb's phrase that names whom it is aimed at ("against the Albanians"), or -1. */
  private static int aimOfVerb(Sentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("obl")
          && AIMED_CASES.contains(String.valueOf(caseOf(s, d.dependent())))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * The active verb an event noun is the object of, directly or through a measure ("five million
   * dollars of aid"), or the place of ("engaged in cleansing", "remained on alert"); -1 if none.
   */
  private static int governingVerb(Sentence s, int noun) {
    int at = noun;
    for (int steps = 0; steps < 2; steps++) {
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0) {
        return -1;
      }
      String rel = up.relation();
      Token gov = s.tokens().get(up.governor());
      boolean object = rel.equals("obj");
      boolean place = rel.equals("obl") && NOUN_CASES.contains(String.valueOf(caseOf(s, at)));
      if (gov.isVerb() && (object || place)) {
        // "were engaged in ethnic cleansing" states what the subject does; other passives do not
        return isPassive(s, up.governor()) ? -1 : up.governor();
      }
      if (!(rel.equals("nmod") && gov.isNoun() && "of".equals(caseOf(s, at)))) {
        return -1;
      }
      at = up.governor();
    }
    return -1;
  }
}
