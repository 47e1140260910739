package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.extract.quote.SpeechCues;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.rules.RuleFile;

/**
 * Codes the actions an article reports as PLOVER events with source, target, date, place and
 * modality. An action inside a quotation or reported speech is kept with the speaker as {@code
 * reportedBy}; an action that is the content of a threat, demand, promise, refusal or accusation
 * ("threatened to strike") is not asserted, and is marked hypothetical; a future act announced by a
 * speaker ("said they will release") is coded as the intention (AGREE or THREATEN), as the PLOVER
 * manual asks. Mentions of one action ("the call", "the conversation") are merged.
 */
public final class EventExtractor implements Stage<EventInput, List<Event>> {
  /** Prepositions that place an event: "in Caracas", "to the Caribbean". */
  static final Set<String> PLACE_CASES = Set.of("in", "to", "at", "near", "into", "off");

  /** Categories whose complement clause is the content of the act, not a second act. */
  static final Set<String> SPEECH_ACTS = Set.of("AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE");

  /** Categories whose announced future is an intention to cooperate (AGREE). */
  private static final Set<String> COOPERATIVE =
      Set.of("CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT");

  /** Categories whose announced future is a threat (THREATEN). */
  private static final Set<String> FORCEFUL =
      Set.of("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST");

  /** Categories whose denial by the actor is a refusal: "will not accept", "would not meet". */
  private static final Set<String> REFUSABLE = Set.of("AGREE", "CONCEDE");

  /** Categories of a verb whose object event noun is what is withheld or refused. */
  private static final Set<String> WITHHOLDING = Set.of("SANCTION", "REJECT");

  /**
   * Verbs whose object event noun is lifted, ended or kept from happening, not done: "lifted the
   * curfew", "called off the strike", "prevented the march" ({@code event/ending-verbs.tsv}).
   */
  private static final Set<String> ENDING = RuleFile.words("/event/ending-verbs.tsv");

  /**
   * Words that state one's own intention ("vowed to", "is ready to"): with a forceful act as their
   * content they are a threat, not an offer (CAMEO 13: "prepared to impose martial law").
   */
  private static final Set<String> INTENTIONS =
      Set.of("vow", "promise", "pledge", "swear", "ready to", "willing to", "prepared to");

  /** Categories whose act, stated as an intention, is a threat (CAMEO 131-138). */
  private static final Set<String> THREATENED = Set.of("ASSAULT", "COERCE", "SANCTION", "PROTEST");

  /** Categories of a verbal act whose object event noun is its topic: "welcomed the truce". */
  private static final Set<String> TOPICAL = Set.of("SUPPORT", "CONSULT");

  /** Intention words whose "would" is politeness, not a condition: "would be ready to". */
  private static final Set<String> READINESS = Set.of("ready to", "willing to", "prepared to");

  /** Verbs that offer the act their object event noun names: "offered concessions". */
  private static final Set<String> OFFERING = Set.of("offer", "promise", "pledge");

  /** Relations by which a demand hangs from the protest it is the aim of. */
  private static final Set<String> AIM_RELATIONS = Set.of("advcl", "xcomp", "acl", "dep", "obj");

  /** Clause marks that say when or why, not what was said: "after rebels seized the airport". */
  private static final Set<String> CIRCUMSTANCE_MARKS =
      Set.of("after", "before", "when", "since", "while", "as", "because", "once", "until");

  private final TriggerLexicon triggers;
  private final EventScales scales;
  private final PhraseCoder phrases;
  private final EventParties parties;
  private final ModalDemands demands = new ModalDemands(SpeechCues.builtIn());

  public EventExtractor(TriggerLexicon triggers) {
    this(triggers, EventScales.builtIn(), ActorLexicon.builtIn());
  }

  public EventExtractor(TriggerLexicon triggers, ActorLexicon lexicon) {
    this(triggers, EventScales.builtIn(), lexicon);
  }

  public EventExtractor(TriggerLexicon triggers, EventScales scales, ActorLexicon lexicon) {
    this.triggers = triggers;
    this.scales = scales;
    this.phrases = PhraseCoder.builtIn(lexicon);
    this.parties = new EventParties(phrases, new ActorReader(phrases));
  }

  /**
   * Sentences whose tagged words hold a whole trigger pattern with the right part of speech, and a
   * name an actor could be read from (a proper noun, a named entity or a capitalized adjective such
   * as "Russian"), are read by their parse; events need nothing from the others.
   */
  public boolean needsParse(List<Token> tokens) {
    return namesSomeone(tokens) && triggers.anyMatch(tokens);
  }

  private boolean namesSomeone(List<Token> tokens) {
    for (Token t : tokens) {
      boolean capitalized = !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
      if (t.isProperNoun()
          || !"O".equals(t.ner()) && Set.of("PERSON", "ORGANIZATION", "LOCATION").contains(t.ner())
          || (capitalized && t.pos().startsWith("JJ") && (t.index() > 0 || isNational(t)))) {
        return true;
      }
    }
    return false;
  }

  /** "Peruvian" opening a sentence: capitalized for the sentence, but a nation all the same. */
  private boolean isNational(Token t) {
    return phrases.nationOf(t) != null;
  }

  @Override
  public List<Event> apply(EventInput in) {
    ParsedArticle doc = in.doc();
    List<EventDraft> drafts = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<TriggerLexicon.Match> matches = demands.addTo(s, triggers.matches(s));
      for (TriggerLexicon.Match m : matches) {
        EventDraft d = read(in, s, m, matches);
        if (d != null) {
          drafts.add(d);
        }
      }
    }
    EventCoreference.merge(drafts, in.dates());
    List<Event> out = new ArrayList<>();
    String published = doc.article().published();
    for (EventDraft d : drafts) {
      if (d.mergedInto != null || (d.source == null && d.target == null)) {
        continue; // a mention of another event, or an action nobody is attached to
      }
      Trigger t = d.trigger;
      List<Mention> mentions = new ArrayList<>();
      mentions.add(d.triggerMention);
      d.others.forEach(o -> mentions.add(o.triggerMention));
      boolean dated = d.date != null;
      out.add(
          new Event(
              "V" + (out.size() + 1),
              d.type,
              d.mode,
              d.cameo,
              d.source,
              d.target,
              dated ? d.date : published,
              dated ? "text" : published != null ? "published" : null,
              d.location,
              d.negated,
              d.hypothetical,
              d.evidence,
              d.triggerMention,
              confidence(d),
              scales.quadClass(d.type),
              scales.goldstein(d.cameo),
              d.reportedBy,
              mentions));
      assert t != null;
    }
    return out;
  }

  private EventDraft read(
      EventInput in, Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    ParsedArticle doc = in.doc();
    Trigger trigger = m.trigger();
    Token head = s.tokens().get(m.head());
    if (coveredByVerbTrigger(s, m, all)) {
      return null; // "provide ... assistance": the verb's event already says it
    }
    if (carriesNounTrigger(s, m, all)) {
      return null; // "opened an investigation", "began a hunger strike": the noun is the act
    }
    if (withheldBy(s, m, all)) {
      return null; // "suspended aid deliveries", "rejected the truce": what is cut, not an act
    }
    if (topicOf(s, m, all)) {
      return null; // "welcomed the ceasefire", "discussed the plan": what the act is about
    }
    if (aimOfProtest(s, m, all)) {
      return null; // "marched to demand reforms": the protest's aim, as CAMEO codes it (141x)
    }
    EventParties.Parties parties = this.parties.read(in, s, m);
    RoleReader.Roles roles = parties.roles();
    EventActor source = parties.source();
    EventActor target = parties.target();
    EventDraft d = new EventDraft();
    d.trigger = trigger;
    d.sentence = s;
    d.head = m.head();
    d.type = trigger.type();
    d.mode = trigger.mode();
    d.cameo = trigger.cameo();
    d.source = source;
    d.target = target;
    d.negated =
        Modality.negated(s, roles.clauseHead())
            || Modality.negated(s, m.head())
            || Modality.negatorJustBefore(s, m.first());
    boolean readiness = READINESS.contains(trigger.lemma());
    d.hypothetical =
        (readiness
                ? Modality.hypotheticalReadiness(s, m.head())
                : Modality.hypothetical(s, roles.clauseHead())
                    || Modality.hypothetical(s, m.head()))
            || Modality.question(s)
            || contentOfSpeechAct(s, m, all)
            || !trigger.type().equals("PROTEST") && Modality.purpose(s, m.head());
    if (offered(s, m)) {
      d.cameo = d.type.equals("AID") ? "033" : "030"; // "offered concessions": an intention
      d.type = "AGREE";
      d.mode = null;
    }
    if (d.type.equals("AGREE") && threatens(s, m, all)) {
      d.type = "THREATEN"; // "vowed to attack the convoys", "is prepared to impose martial law"
      d.mode = null;
      d.cameo = "130";
    }
    if (REFUSABLE.contains(d.type)
        && !Modality.question(s)
        && (d.negated && head.isVerb() || Modality.failed(s, m.head()))) {
      // "will not accept more refugees", "failed to reach agreement": a refusal (CAMEO 12)
      d.type = "REJECT";
      d.mode = null;
      d.cameo = "120";
      d.negated = false;
      d.hypothetical = false;
    }
    // "would tighten the blockade": an event noun's act is stated by the verb it is the object of
    int act = trigger.noun() ? objectOf(s, m.head(), roles.clauseHead()) : roles.clauseHead();
    if (!d.negated
        && Modality.unlessClause(s, act)
        && (Modality.announcedFuture(s, act) || Modality.future(s, act))) {
      // "will withdraw its force unless elections are held": a conditional threat
      d.type = "THREATEN";
      d.mode = null;
      d.cameo = "130";
      d.hypothetical = false;
    } else if (!d.negated
        && FORCEFUL.contains(d.type)
        && Modality.ifClause(s, act)
        && Modality.possibleFuture(s, act)) {
      // "may halt its mediation if the parties do not cooperate": a conditional threat (CAMEO 13)
      d.type = "THREATEN";
      d.mode = null;
      d.cameo = "130";
      d.hypothetical = false;
    } else if (!d.negated && Modality.announcedFuture(s, act)) {
      if (COOPERATIVE.contains(d.type)) {
        d.type = "AGREE";
        d.mode = null;
        d.cameo = "030";
        d.hypothetical = false;
      } else if (FORCEFUL.contains(d.type)) {
        d.type = "THREATEN";
        d.mode = null;
        d.cameo = "130";
        d.hypothetical = false;
      }
    }
    Token first = s.tokens().get(m.first());
    Token last = s.tokens().get(m.last());
    d.triggerMention = Mention.of(doc.text(), first.start(), last.end());
    d.evidence = Mention.of(doc.text(), s.start(), s.end());
    d.reportedBy = reporter(in.quotes(), head.start());
    d.definite = trigger.noun() && definite(s, m.head());
    d.location = in.places().of(s, roles.clauseHead()); // clause, else sentence, else dateline
    EventDating.Dated date = EventDating.date(in.dates(), s, head);
    d.date = date == null ? null : date.value();
    return d;
  }

  /** Whether a light verb trigger has an event noun trigger as its object. */
  private static boolean carriesNounTrigger(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    if (m.trigger().noun()
        || m.first() != m.last()
        || !RoleReader.isLightVerb(s.tokens().get(m.head()))) {
      return false;
    }
    for (TriggerLexicon.Match other : all) {
      Dependency up = s.headOf(other.head());
      if (other.trigger().noun()
          && up != null
          && up.governor() == m.head()
          && up.relation().equals("obj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun trigger is what a verbal act of support or consultation is about ("welcomed the
   * ceasefire", "backed the plan", "discussed the truce"): an earlier act or a proposal that the
   * sentence reports a reaction to, not a second act.
   */
  private static boolean topicOf(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    Dependency up = s.headOf(m.head());
    if (!m.trigger().noun() || up == null || !up.relation().equals("obj")) {
      return false;
    }
    for (TriggerLexicon.Match other : all) {
      if (other.head() == up.governor()
          && !other.trigger().noun()
          && TOPICAL.contains(other.trigger().type())
          && !other.trigger().type().equals(m.trigger().type())
          && !RoleReader.isLightVerb(s.tokens().get(other.head()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun trigger is what a verb of withholding or refusal acts on ("suspended aid
   * deliveries", "prohibit all aid"): the aid is not given.
   */
  private static boolean withheldBy(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    if (!m.trigger().noun()) {
      return false;
    }
    int at = m.head();
    for (int steps = 0; steps < 2; steps++) {
      Dependency up = s.headOf(at);
      if (up == null
          || up.governor() < 0
          || !(up.relation().equals("obj") || up.relation().equals("compound"))) {
        return false;
      }
      for (TriggerLexicon.Match other : all) {
        if (other.head() == up.governor()
            && !other.trigger().noun()
            && (WITHHOLDING.contains(other.trigger().type())
                || ENDING.contains(other.trigger().lemma()))) {
          return true;
        }
      }
      at = up.governor();
    }
    return false;
  }

  /**
   * Whether a demand is the aim of a protest it hangs from ("staged a hunger strike to demand his
   * release", "blocked roads demanding elections", "a march calling for his removal"): CAMEO codes
   * one act, a protest for that change, not a second act of demanding.
   */
  private static boolean aimOfProtest(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    if (!m.trigger().type().equals("REQUEST")) {
      return false;
    }
    int at = m.head();
    for (int steps = 0; steps < 3; steps++) {
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0 || !AIM_RELATIONS.contains(up.relation())) {
        return false;
      }
      for (TriggerLexicon.Match other : all) {
        if (other.trigger().type().equals("PROTEST")
            && (other.head() == up.governor() || carriedBy(s, other, up.governor()))) {
          return true;
        }
      }
      at = up.governor();
    }
    return false;
  }

  /**
   * Whether a cooperative event noun is what a verb of offering offers ("offered concessions",
   * "pledged aid"): the act is promised, not done, and CAMEO codes the promise (03).
   */
  private static boolean offered(Sentence s, TriggerLexicon.Match m) {
    Dependency up = s.headOf(m.head());
    return m.trigger().noun()
        && COOPERATIVE.contains(m.trigger().type())
        && !m.trigger().type().equals("SUPPORT")
        && up != null
        && up.governor() >= 0
        && up.relation().equals("obj")
        && OFFERING.contains(s.tokens().get(up.governor()).lemma().toLowerCase(Locale.ROOT));
  }

  /** The verb a noun is the object of ("tighten the blockade"), else the given clause head. */
  private static int objectOf(Sentence s, int noun, int otherwise) {
    Dependency up = s.headOf(noun);
    return up != null && up.governor() >= 0 && up.relation().equals("obj")
        ? up.governor()
        : otherwise;
  }

  /** Whether an intention trigger has a forceful act as its complement: "vowed to attack". */
  private static boolean threatens(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    if (m.trigger().noun() || !INTENTIONS.contains(m.trigger().lemma())) {
      return false;
    }
    for (TriggerLexicon.Match other : all) {
      Dependency up = s.headOf(other.head());
      boolean complement =
          up != null && up.governor() == m.head() && up.relation().equals("xcomp")
              || carriedBy(s, other, s.child(m.head(), "xcomp")); // "vowed to impose a curfew"
      if (THREATENED.contains(other.trigger().type())
          && complement
          && !withheldBy(s, other, all)) { // "ready to lift the ban": no threat
        return true;
      }
    }
    return false;
  }

  /** Whether a noun trigger is the object of the given verb: "began a hunger strike". */
  private static boolean carriedBy(Sentence s, TriggerLexicon.Match noun, int verb) {
    Dependency up = s.headOf(noun.head());
    return noun.trigger().noun()
        && up != null
        && up.governor() == verb
        && up.relation().equals("obj");
  }

  /** Whether a noun trigger is the object of a verb trigger of the same category. */
  private static boolean coveredByVerbTrigger(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    if (!m.trigger().noun()) {
      return false;
    }
    int at = m.head();
    for (int steps = 0; steps < 3; steps++) {
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0) {
        return false;
      }
      for (TriggerLexicon.Match other : all) {
        if (other.head() == up.governor()
            && !other.trigger().noun()
            && other.trigger().type().equals(m.trigger().type())
            && !carriesNounTrigger(s, other, all)) {
          return true; // but "staged a hunger strike": the verb gives way to the noun
        }
      }
      if (!(up.relation().equals("obj") || up.relation().startsWith("nmod"))) {
        return false;
      }
      at = up.governor();
    }
    return false;
  }

  /** Whether the trigger is what a threat, demand, promise, refusal or accusation is about. */
  private static boolean contentOfSpeechAct(
      Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    int at = m.head();
    for (int steps = 0; steps < 4; steps++) {
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < 0) {
        return false;
      }
      String rel = up.relation();
      if (rel.equals("conj")) {
        at = up.governor(); // "of violating rights and ignoring the law": both are the content
        continue;
      }
      if (rel.equals("advcl") && circumstantial(s, at)) {
        return false;
      }
      if (!(rel.equals("xcomp")
          || rel.equals("ccomp")
          || rel.equals("advcl")
          || rel.equals("obj")
          || rel.startsWith("nmod")
          || rel.startsWith("obl")
          || rel.startsWith("acl"))) {
        return false;
      }
      for (TriggerLexicon.Match other : all) {
        if (other != m
            && SPEECH_ACTS.contains(other.trigger().type())
            && (other.head() == up.governor()
                    && !(rel.equals("obj") && carriesNounTrigger(s, other, all))
                || !rel.equals("obj") && carriedBy(s, other, up.governor()))) {
          // but "undertook a mediation mission": the noun is the act itself; and "issued an
          // ultimatum to halt attacks": the clause of the verb that carries the noun is its content
          return true;
        }
      }
      at = up.governor();
    }
    return false;
  }

  /**
   * "after rebels seized the airport", "when troops fired": a clause that says when or why, which
   * the main verb does not report; its action happened whatever the main verb is.
   */
  static boolean circumstantial(Sentence s, int clause) {
    for (Dependency d : s.childrenOf(clause)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("mark") && CIRCUMSTANCE_MARKS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The speaker of the quotation or reported speech the offset sits in, or null. */
  private static EventActor reporter(List<Quote> quotes, int offset) {
    for (Quote q : quotes) {
      if (q.start() <= offset && offset < q.end() && q.speaker() != null) {
        return new EventActor(q.speaker().entity(), q.speaker().name(), null);
      }
    }
    return null;
  }

  /** "the call", "Thursday's call", "this meeting": a noun that points back at an event. */
  private static boolean definite(Sentence s, int noun) {
    for (Dependency d : s.childrenOf(noun)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if ((d.relation().equals("det") && Set.of("the", "this", "that").contains(w))
          || d.relation().equals("nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  private static double confidence(EventDraft d) {
    double c = 0.4;
    c += d.source != null && d.source.entity() != null ? 0.2 : 0;
    c += d.target != null && d.target.entity() != null ? 0.2 : 0;
    c += d.date != null ? 0.1 : 0;
    c -= d.reportedBy != null ? 0.05 : 0;
    return Math.round(c * 100) / 100.0;
  }
}
