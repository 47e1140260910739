package org.newsgraph.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Clauses;
import org.newsgraph.extract.QuotedSpans;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityRef;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * Turns a cue verb into an attribution: its subject as the speaker (an entity where the article
 * names one, the words otherwise), and the outlet that relayed the words where the sentence says so
 * ("BBC Mundo ... quoted X, who said"; "X told Reuters").
 */
final class SpeakerResolver {
  /** Longest unnamed speaker phrase kept, in tokens ("regional analysts"). */
  private static final int MAX_NAME_TOKENS = 8;

  /** Relations by which a cue hangs on the clause whose subject is its speaker. */
  private static final Set<String> CLIMB = Set.of("conj", "advcl", "xcomp");

  /**
   * "..., Devine declared." / "..., said Devine.": a capitalized name right before or after the
   * cue, where the parser found no subject (it took "Devine" for an adjective). -1 if none.
   */
  private static int adjacentName(Sentence s, int verb) {
    // "Cruz gingerly said": an adverb may stand between the name and the cue.
    int left = verb - 1 > 0 && s.tokens().get(verb - 1).pos().equals("RB") ? verb - 2 : verb - 1;
    for (int i : new int[] {left, verb + 1}) {
      if (i <= 0 || i >= s.tokens().size()) {
        continue;
      }
      if (i > verb
          && (!Clauses.afterComma(s, verb) || !InvertedCue.mayInvert(s.tokens().get(verb)))) {
        continue; // "said Devine" only in the inverted order after a quotation: '," said Devine'
      }
      Token t = s.tokens().get(i);
      boolean capitalized = Character.isUpperCase(t.word().codePointAt(0));
      if (capitalized
          && (t.isProperNoun() || !t.ner().equals("O") || t.pos().equals("JJ"))
          && !cannotSpeak(t)) {
        // '," said Mr. Adebayo', '," explained Democratic strategist Ana Ruiz': the name's last
        // word, which the entity layer knows, not "Mr." or "Democratic"
        return i > verb ? lastNameAfter(s, i) : i;
      }
    }
    return nameBeforeAppositive(s, left);
  }

  /**
   * The last proper noun of the noun phrase that starts at {@code first} after an inverted cue
   * ("Democratic strategist Ana Ruiz"), or {@code first} when it holds none after it.
   */
  private static int lastNameAfter(Sentence s, int first) {
    int last = first;
    // "Republican political consultant Chris Russell": adjectives of the description go on to it.
    for (int j = first + 1; j < s.tokens().size() && inDescription(s.tokens().get(j)); j++) {
      if (cannotSpeak(s.tokens().get(j))) {
        break; // '," said Ruiz Tuesday'
      }
      if (s.tokens().get(j).isProperNoun()) {
        last = j;
      }
    }
    return last;
  }

  private static boolean inDescription(Token t) {
    return t.isNoun() || t.pos().equals("JJ");
  }

  /** Most tokens of a description set off by commas between a name and its verb. */
  private static final int MAX_APPOSITIVE = 12;

  /**
   * "Ana Ruiz, a spokeswoman for the mayor, told ...": the person named before a description set
   * off by commas, the comma closing it at {@code close}; -1 if none.
   */
  private static int nameBeforeAppositive(Sentence s, int close) {
    if (close <= 0 || !s.tokens().get(close).word().equals(",")) {
      return -1;
    }
    for (int open = close - 1; open > 0 && close - open <= MAX_APPOSITIVE; open--) {
      if (s.tokens().get(open).word().equals(",")) {
        Token name = s.tokens().get(open - 1);
        return name.isProperNoun() && name.ner().equals("PERSON") ? open - 1 : -1;
      }
    }
    return -1;
  }

  /** Words that the parser makes a subject but that never speak: days, months, participles. */
  private static final Set<String> NOT_SPEAKERS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "today",
          "yesterday",
          "tonight",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private static boolean cannotSpeak(Token t) {
    return t.pos().equals("VBG")
        || t.pos().equals("VBN") && t.ner().equals("O") // "Asked about ...", not "Husted"
        || NOT_SPEAKERS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
  }

  /** Determiners by which part of a plural group speaks: "some Democrats", "many officials". */
  private static final Set<String> GROUP_QUANTIFIERS =
      RuleFile.words("/quote/group-quantifiers.tsv");

  /** Verbs whose subject relays what their object said: "the paper quoted X, who said". */
  private static final Set<String> RELAY_VERBS = Set.of("quote", "cite", "interview");

  private final ParsedArticle doc;
  private final EntityLayer entities;
  private final QuotedSpans quoted;
  private final SpeechCues cues;

  SpeakerResolver(ParsedArticle doc, EntityLayer entities, QuotedSpans quoted, SpeechCues cues) {
    this.doc = doc;
    this.entities = entities;
    this.quoted = quoted;
    this.cues = cues;
  }

  /** The text the resolver reads, and what it knows of it. */
  ParsedArticle doc() {
    return doc;
  }

  EntityLayer entities() {
    return entities;
  }

  QuotedSpans quoted() {
    return quoted;
  }

  /** The attribution a cue verb gives, or null when it has no subject to speak. */
  Attribution attribute(Sentence s, Token cue) {
    EntityRef headline = HeadlineSpeaker.of(s, cue, entities);
    if (headline != null) {
      return new Attribution(headline, cue.word(), null, cue.start());
    }
    int found = subjectOf(s, cue.index(), quoted);
    if (found < 0) {
      return null;
    }
    int subject =
        PollFigures.source(s, ThingSubjects.speaker(s, cue.index(), found, quoted), quoted);
    subject = proposer(s, cue, subject);
    // A pronoun ("she added", "who said") reads as the entity layer has it, which SpeakerPronouns
    // bound to the person who spoke last.
    return new Attribution(
        speaker(s, subject), cues.words(s, cue), via(s, cue, subject), cue.start());
  }

  /** Pronouns that stand for a person who may speak. */
  private static final Set<String> PERSONAL = Set.of("i", "we", "he", "she", "they");

  /**
   * "Ruiz said the plan should reiterate ...", "Ruiz said he ignored her call to admit ...": a
   * thing does not speak, and what it should say or is to say is a proposal, made by whoever spoke
   * before it in the sentence. That speaker (the subject of the nearest earlier cue, a being), or
   * the subject as found.
   */
  private int proposer(Sentence s, Token cue, int subject) {
    if (!Animacy.isThing(s.tokens().get(subject)) || !unasserted(s, cue.index())) {
      return subject;
    }
    for (int i = Math.min(cue.index(), subject) - 1; i >= 0; i--) {
      Token earlier = s.tokens().get(i);
      if (!cues.isCue(s, earlier) || quoted.inside(earlier.start())) {
        continue;
      }
      int speaker = subjectOf(s, i, quoted);
      if (speaker >= 0 && mayBePerson(s.tokens().get(speaker))) {
        return speaker;
      }
    }
    return subject;
  }

  /**
   * Whether a verb says nothing was said: under a modal ("should reiterate") or "to" ("to admit").
   */
  private static boolean unasserted(Sentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      Token t = s.tokens().get(d.dependent());
      if ((d.relation().equals("aux") || d.relation().equals("mark"))
          && (t.pos().equals("MD") || t.pos().equals("TO"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token may be a being: a name, a noun for people, a personal pronoun. */
  static boolean mayBePerson(Token t) {
    return Animacy.mayBeBeing(t)
        || t.pos().equals("PRP") && PERSONAL.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /**
   * The speaker a noun phrase's head names: the entity it mentions, else a person named inside the
   * phrase ("a spokeswoman for the union, Carla Mendes"), else its words.
   */
  EntityRef speaker(Sentence s, int head) {
    return named(doc, entities, s, head);
  }

  /** {@link #speaker}, for callers without a resolver. */
  static EntityRef named(ParsedArticle doc, EntityLayer entities, Sentence s, int head) {
    Token t = s.tokens().get(head);
    int quantifier = quantifierOf(s, head);
    if (quantifier >= 0) {
      // "Some Democrats": part of the group speaks, not the party the entity layer names.
      int[] range = phrase(s, head);
      return new EntityRef(
          null,
          doc.text()
              .substring(
                  s.tokens().get(Math.min(quantifier, range[0])).start(),
                  s.tokens().get(range[1]).end()));
    }
    Entity e = entities.at(t.start(), t.end());
    if (e == null && head + 1 < s.tokens().size()) {
      // "said Senator Kirsten Gillibrand": a subject found by position may be the title alone,
      // right before the person the entity layer gave that title.
      Token next = s.tokens().get(head + 1);
      Entity titled = entities.at(next.start(), next.end());
      if (titled != null && titled.title() != null && titled.title().contains(t.word())) {
        e = titled;
      }
    }
    if (e != null && !membersOf(t, e)) {
      return new EntityRef(e.id(), e.name());
    }
    int[] whole = s.extent(head, d -> !d.relation().startsWith("acl"));
    int[] served = servedSpan(s, head);
    for (int i = whole[0]; i <= whole[1]; i++) {
      if (i >= served[0] && i <= served[1]) {
        continue; // "a spokesman for Senator Tilden": the senator is whom he speaks for
      }
      Token w = s.tokens().get(i);
      Entity named = w.ner().equals("PERSON") ? entities.at(w.start(), w.end()) : null;
      if (named != null && named.type().equals("PERSON")) {
        return new EntityRef(named.id(), named.name());
      }
    }
    int[] range = phrase(s, head);
    return new EntityRef(
        null,
        doc.text().substring(s.tokens().get(range[0]).start(), s.tokens().get(range[1]).end()));
  }

  /**
   * "Democrats said", "House Republicans warned": members of a body the entity layer names (the
   * Democratic Party) speak as a group, not as the body. A plural the body's name does not hold.
   */
  private static boolean membersOf(Token t, Entity e) {
    boolean plural = t.pos().equals("NNPS") || t.pos().equals("NNS");
    return plural
        && Character.isUpperCase(t.word().codePointAt(0))
        && !e.type().equals("PERSON")
        && !e.name().toLowerCase(Locale.ROOT).contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** The quantifier on a plural noun ("some", "many", "several" Democrats), or -1 if none. */
  private static int quantifierOf(Sentence s, int head) {
    if (!s.tokens().get(head).pos().startsWith("NNS")
        && !s.tokens().get(head).pos().equals("NNPS")) {
      return -1;
    }
    for (Dependency d : s.childrenOf(head)) {
      if ((d.relation().equals("det") || d.relation().equals("amod"))
          && d.dependent() < head
          && GROUP_QUANTIFIERS.contains(
              s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * The subject of the cue verb: its own, else that of the clause it hangs on ("... and added", ",
   * noting ..."); a relative "who" stands for the noun it modifies. -1 if none.
   */
  static int subjectOf(Sentence s, int verb) {
    return subjectOf(s, verb, null);
  }

  /** {@link #subjectOf(Sentence, int)}, passing over subjects inside quotation marks. */
  static int subjectOf(Sentence s, int verb, QuotedSpans quoted) {
    int participle = Participles.speakerOf(s, verb, quoted);
    if (participle != Participles.UNDECIDED) {
      return participle;
    }
    int agent = passiveAgent(s, verb);
    if (agent >= 0) {
      return agent; // "has been called "a sham" by Ana Ruiz": she calls it so
    }
    for (int at = verb, steps = 0; at >= 0 && steps < 4; steps++) {
      int nearest = -1;
      for (Dependency d : s.childrenOf(at)) {
        // The parser sometimes hangs a second subject from inside the quotation on the cue:
        // the one nearest the verb is its own.
        if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))
            && (s.tokens().get(at).isVerb() || isCopular(s, at))
            && !(steps == 0 && Clauses.isTrailingParticiple(s, verb))
            && (quoted == null || !quoted.inside(s.tokens().get(d.dependent()).start()))
            && (nearest < 0 || Math.abs(d.dependent() - at) < Math.abs(nearest - at))) {
          nearest = d.dependent();
        }
      }
      int inverted = steps == 0 ? InvertedCue.speakerAfter(s, verb, nearest) : -1;
      if (inverted >= 0) {
        return inverted; // "CLAUSE, said Ana Ruiz": the parser took the clause's head
      }
      if (nearest >= 0 && s.tokens().get(nearest).pos().matches("VB[DZP]")) {
        // "Ruiz continued to assert ...": the parser took the finite verb for the subject; the
        // name right before it speaks.
        int name = adjacentName(s, nearest);
        nearest = name >= 0 && name < nearest ? name : nearest;
      }
      // "Wednesday named ...", "Asked about X, Ruiz said": the parser's subject is no speaker.
      boolean lost = nearest >= 0 && cannotSpeak(s.tokens().get(nearest));
      if (lost) {
        nearest = -1;
      }
      if (nearest >= 0) {
        return s.tokens().get(nearest).pos().startsWith("W")
            ? antecedent(s, at, nearest)
            : Appositives.nameFor(
                s, Appositives.nameOnThing(s, Appositives.nameAtVerb(s, nearest, at)), at);
      }
      boolean own = steps == 0 && !Clauses.isTrailingParticiple(s, verb);
      boolean mainOfTrailing = steps == 1 && Clauses.isTrailingParticiple(s, verb);
      if (own || mainOfTrailing) {
        int adjacent = adjacentName(s, at);
        if (adjacent >= 0) {
          return adjacent;
        }
      }
      if (lost) {
        return -1;
      }
      if (steps == 0 && Clauses.isTrailingParticiple(s, verb)) {
        // ", alleging ...", ", noting ...": the main clause's subject speaks, whatever the
        // parser attached the participle to.
        int root = Clauses.root(s);
        if (root >= 0 && root != verb) {
          at = mainClause(s, verb, root);
          continue;
        }
      }
      Dependency up = s.headOf(at);
      if (up != null && steps == 0 && up.relation().equals("acl")) {
        // "is making a pitch to voters saying ...": the participle hangs on the message, and
        // whoever makes it speaks.
        Dependency message = s.headOf(up.governor());
        if (message != null
            && message.governor() >= 0
            && (message.relation().equals("obj") || message.relation().startsWith("obl"))) {
          at = message.governor();
          continue;
        }
      }
      int parallel = steps == 0 ? parallelCue(s, verb, up) : -1;
      if (parallel >= 0) {
        at = parallel; // "X said A was B and said C": the second "said" is X's, not A's
        continue;
      }
      if (up == null || up.governor() < 0 || !CLIMB.contains(up.relation())) {
        return -1;
      }
      if (up.relation().equals("advcl") && !s.tokens().get(at).pos().equals("VBG")) {
        return -1; // "noting ..." shares the main subject; "Asked ..., she said" does not
      }
      int controller = up.relation().equals("xcomp") ? objectBefore(s, up.governor(), at) : -1;
      if (controller >= 0 && !controls(s, up.governor(), controller)) {
        controller = -1; // "Ruiz used her speech to call for ...": she calls, not the speech
      }
      if (controller >= 0) {
        return controller; // "The leak led the chairwoman to announce ...": she announces
      }
      at = up.governor();
    }
    return -1;
  }

  /** The being a passive verb's "by" phrase names as its doer, or -1. */
  private static int passiveAgent(Sentence s, int verb) {
    if (s.child(verb, "nsubj:pass") < 0 && s.child(verb, "aux:pass") < 0) {
      return -1;
    }
    int agent = Questions.agent(s, verb);
    int object = s.child(verb, "obj");
    if (agent < 0 && object >= 0) {
      agent = byPhrase(s, object, "nmod"); // '"a sham" by Ana Ruiz': the parser hung it there
    }
    Token t = agent < 0 ? null : s.tokens().get(agent);
    return t != null && (t.isProperNoun() || Animacy.mayBeBeing(t)) ? agent : -1;
  }

  /** The noun of a "by" phrase hung on a token by the relation, or -1. */
  private static int byPhrase(Sentence s, int token, String relation) {
    for (Dependency d : s.childrenOf(token)) {
      if (d.relation().equals(relation) && s.hasChildWord(d.dependent(), "case", BY)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The preposition of a passive verb's doer. */
  private static final Set<String> BY = Set.of("by");

  /**
   * The main clause a trailing participle goes with: the one it hangs on when that is a second main
   * clause with its own subject ("X pivoted, but Wallace pressed him, asking ..."), else the root.
   */
  private static int mainClause(Sentence s, int participle, int root) {
    Dependency up = s.headOf(participle);
    if (up == null || up.governor() < 0 || up.governor() == root) {
      return root;
    }
    Dependency conj = s.headOf(up.governor());
    boolean second =
        conj != null
            && conj.relation().equals("conj")
            && s.child(up.governor(), "nsubj") >= 0
            && !reported(s, up.governor());
    return second ? up.governor() : root;
  }

  /** Whether a clause stands inside a reported one ("said the bill was dead and ..."). */
  private static boolean reported(Sentence s, int clause) {
    for (Dependency d = s.headOf(clause); d != null && d.governor() >= 0; ) {
      if (d.relation().equals("ccomp")) {
        return true;
      }
      d = s.headOf(d.governor());
    }
    return false;
  }

  /** How far up a conjunct's reported clause the verb it repeats may stand. */
  private static final int MAX_PARALLEL_STEPS = 3;

  /**
   * "De Blasio said the unit was closed by the commissioner and said ...": the parser joins the
   * second cue to the reported clause of the first; a cue of the same verb, or one in a tense the
   * reported verb's auxiliary cannot carry, is the first verb's conjunct. The first verb's index,
   * or -1.
   */
  private static int parallelCue(Sentence s, int verb, Dependency up) {
    if (up == null || !up.relation().equals("conj") || up.governor() < 0) {
      return -1;
    }
    String lemma = s.tokens().get(verb).lemma();
    // "X forecast that the economy would rebound and praised ...": a past tense cannot share the
    // reported verb's auxiliary, so it is the first verb's conjunct, whatever its lemma.
    boolean ownTense =
        s.tokens().get(verb).pos().equals("VBD")
            && !s.tokens().get(up.governor()).pos().equals("VBD")
            && (s.child(up.governor(), "aux") >= 0 || s.child(up.governor(), "aux:pass") >= 0);
    Dependency d = s.headOf(up.governor());
    for (int steps = 0; d != null && d.governor() >= 0 && steps < MAX_PARALLEL_STEPS; steps++) {
      Token head = s.tokens().get(d.governor());
      if (d.relation().equals("ccomp") && (ownTense || head.lemma().equalsIgnoreCase(lemma))) {
        return d.governor();
      }
      d = s.headOf(d.governor());
    }
    return -1;
  }

  /**
   * Whether the object of a verb is who does what its infinitive says: not a thing the verb's
   * subject, a being, acts with ("used his speech to call for", "mounted a campaign to condemn").
   */
  private static boolean controls(Sentence s, int verb, int object) {
    Token o = s.tokens().get(object);
    if (!o.isNoun() && !o.pos().startsWith("PRP")) {
      return false; // "would do better to say", "used much of the time to criticize": no one
    }
    int subject = s.child(verb, "nsubj");
    return subject < 0
        || !Animacy.isThing(s.tokens().get(object))
        || !(mayBePerson(s.tokens().get(subject)) || s.tokens().get(subject).isProperNoun());
  }

  /** The object of a verb, standing before its infinitive clause; -1 if none. */
  private static int objectBefore(Sentence s, int verb, int infinitive) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("obj") && d.dependent() < infinitive) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** "Fiorina was upfront about ...": an adjective or noun whose clause has a copula. */
  private static boolean isCopular(Sentence s, int head) {
    return s.child(head, "cop") >= 0;
  }

  /**
   * "Reyes Matta, ..., who said": the noun the relative clause is on, or, when the parser lost the
   * clause, the nearest name before "who".
   */
  private static int antecedent(Sentence s, int verb, int who) {
    Dependency rel = s.headOf(verb);
    // "The senator, who said ...": the parser may hang the relative clause on its noun loosely.
    boolean onNoun =
        rel != null
            && rel.governor() >= 0
            && (rel.relation().startsWith("acl")
                || rel.relation().equals("dep") && s.tokens().get(rel.governor()).isNoun());
    if (onNoun && rel.governor() < who) {
      int governor = rel.governor();
      int publisher = publisher(s, governor);
      if (publisher >= 0) {
        return publisher; // "Reyes released a video that said": the video speaks for Reyes
      }
      if (s.tokens().get(who).word().equalsIgnoreCase("who")
          && Animacy.isThing(s.tokens().get(governor))) {
        // "a lecture from the Mexican president, who said": "who" is a being, so the parser
        // hung the clause on the wrong noun; the nearest one that may be a being is meant.
        for (int i = who - 1; i > governor; i--) {
          if (Animacy.mayBeBeing(s.tokens().get(i))) {
            return i;
          }
        }
      }
      return described(s, governor);
    }
    int before = who - 2;
    if (before >= 0
        && s.tokens().get(who - 1).word().equals(",")
        && isPerson(s.tokens().get(before))) {
      return described(s, before); // "spoke with reporters, who asked": the noun before it
    }
    for (int i = who - 1; i >= 0; i--) {
      if (s.tokens().get(i).ner().equals("PERSON")) {
        return i;
      }
    }
    return who;
  }

  /** Verbs by which a being puts out a thing that says something: "released a video that said". */
  private static final Set<String> PUBLISHING = RuleFile.words("/quote/publishing-verbs.tsv");

  /**
   * The subject, a being, of the publishing verb whose object is the thing {@code noun} ("Reyes" in
   * "Reyes released a video"), or -1.
   */
  private static int publisher(Sentence s, int noun) {
    Dependency up = s.headOf(noun);
    if (!Animacy.isThing(s.tokens().get(noun))
        || up == null
        || up.governor() < 0
        || !up.relation().equals("obj")
        || !PUBLISHING.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int subject = subjectOf(s, up.governor());
    return subject >= 0 && mayBePerson(s.tokens().get(subject)) ? subject : -1;
  }

  /** A person's name or a noun for people ("reporters"); not a body, which "who" rarely takes. */
  private static boolean isPerson(Token t) {
    return t.ner().equals("PERSON") || t.ner().equals("O") && Animacy.mayBeBeing(t);
  }

  /**
   * "Reyes, a former banker who has said ...", "Reyes is a banker and lawyer who has said ...": the
   * person a description stands in apposition to or is said of, or the noun itself.
   */
  private static int described(Sentence s, int noun) {
    int first = noun;
    for (Dependency up = s.headOf(first);
        up != null
            && up.relation().equals("conj")
            && up.governor() >= 0
            && s.tokens().get(up.governor()).isNoun();
        up = s.headOf(first)) {
      first = up.governor(); // "a banker and lawyer who": the description's first noun
    }
    Dependency up = s.headOf(first);
    int person = up != null && up.relation().equals("appos") ? up.governor() : -1;
    if (s.child(first, "cop") >= 0) {
      person = s.child(first, "nsubj");
      if (person < 0 && up != null && up.relation().equals("conj") && up.governor() >= 0) {
        person = s.child(up.governor(), "nsubj"); // "Reyes insults voters and is a liar who"
      }
    }
    if (person >= 0 && person < first) {
      Token named = s.tokens().get(person);
      if (named.isProperNoun() && named.ner().equals("PERSON")) {
        return person;
      }
    }
    return noun;
  }

  /** "X ... quoted Y, who said": X relays Y; "Y told Reuters": Reuters relays Y. */
  private EntityRef via(Sentence s, Token cue, int subject) {
    for (int i = subject - 1; i >= 0; i--) {
      Token relay = s.tokens().get(i);
      if (relay.isVerb() && RELAY_VERBS.contains(relay.lemma().toLowerCase(Locale.ROOT))) {
        int relaySubject = subjectOf(s, relay.index());
        return relaySubject < 0 ? null : outlet(s, relaySubject);
      }
    }
    if (cue.lemma().equalsIgnoreCase("tell")) {
      for (Dependency d : s.childrenOf(cue.index())) {
        if (d.relation().equals("obj") || d.relation().equals("iobj")) {
          Token to = s.tokens().get(d.dependent());
          Entity e = entities.at(to.start(), to.end());
          if (e != null && e.actor() != null && "MED".equals(e.actor().sector())) {
            return new EntityRef(e.id(), e.name());
          }
        }
      }
    }
    return null;
  }

  /** The relaying subject; "it" is the nearest organization named before it in the sentence. */
  private EntityRef outlet(Sentence s, int head) {
    Token t = s.tokens().get(head);
    if (t.pos().startsWith("PRP")) {
      for (int i = head - 1; i >= 0; i--) {
        Token before = s.tokens().get(i);
        Entity e = entities.at(before.start(), before.end());
        if (e != null && e.type().equals("ORGANIZATION")) {
          return new EntityRef(e.id(), e.name());
        }
      }
      // "The Ledger published a report in which it quoted ...": the main clause's subject.
      int root = Clauses.root(s);
      int subject = root < 0 ? -1 : subjectOf(s, root);
      return subject >= 0 && subject < head ? speaker(s, subject) : null;
    }
    return speaker(s, head);
  }

  /**
   * The noun phrase under a head, without clauses, appositions or modifiers hanging on it; a
   * possessor stays ("the alliance's secretary general" is not any secretary general), and so does
   * the body a role serves ("a spokesman for the union" is not any spokesman, nor the union).
   */
  private static int[] phrase(Sentence s, int head) {
    int[] range =
        s.extent(
            head,
            d -> {
              String r = d.relation();
              return !(r.startsWith("acl")
                  || r.equals("punct")
                  || r.equals("appos")
                  || r.startsWith("nmod") && !r.equals("nmod:poss") && !servedBody(s, head, d)
                  || r.equals("det")
                  || r.equals("case"));
            });
    return range[1] - range[0] >= MAX_NAME_TOKENS ? new int[] {head, head} : range;
  }

  /**
   * The tokens of the body a role serves ("for Senator Tilden" in "a spokesman for Senator
   * Tilden"), without a name set off after it; {-1, -1} if the head has none.
   */
  private static int[] servedSpan(Sentence s, int head) {
    for (Dependency d : s.childrenOf(head)) {
      if (d.relation().startsWith("nmod") && servedBody(s, head, d)) {
        return s.extent(
            d.dependent(),
            x ->
                !(x.relation().equals("appos")
                    || x.relation().startsWith("acl")
                    || x.relation().equals("punct")));
      }
    }
    return new int[] {-1, -1};
  }

  /**
   * Prepositions by which a role names whom it serves: "spokesman for", "adviser to", "head of".
   */
  private static final Set<String> SERVED_BY = Set.of("for", "to", "of");

  /** Whether a modifier of the phrase's head is the body its role serves ("for the union"). */
  private static boolean servedBody(Sentence s, int head, Dependency d) {
    if (d.governor() != head
        || !s.tokens().get(head).isNoun()
        || s.tokens().get(head).isProperNoun()) {
      return false;
    }
    int preposition = s.child(d.dependent(), "case");
    return preposition >= 0
        && SERVED_BY.contains(s.tokens().get(preposition).word().toLowerCase(Locale.ROOT));
  }
}
