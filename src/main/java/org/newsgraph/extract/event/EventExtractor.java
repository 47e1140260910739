package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.extract.event.actor.ActorReader;
import org.newsgraph.extract.event.actor.PhraseCoder;
import org.newsgraph.extract.event.actor.QuotedFirstPerson;
import org.newsgraph.extract.event.role.EventParties;
import org.newsgraph.extract.event.role.ReducedRelatives;
import org.newsgraph.extract.event.trigger.GerundSubjects;
import org.newsgraph.extract.event.trigger.GoverningActs;
import org.newsgraph.extract.event.trigger.ModalDemands;
import org.newsgraph.extract.event.trigger.Modality;
import org.newsgraph.extract.event.trigger.NounClauses;
import org.newsgraph.extract.event.trigger.ProspectiveNouns;
import org.newsgraph.extract.event.trigger.StateNouns;
import org.newsgraph.extract.event.trigger.Trigger;
import org.newsgraph.extract.event.trigger.TriggerContext;
import org.newsgraph.extract.event.trigger.TriggerLexicon;
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

/**
 * Codes the actions an article reports as PLOVER events with source, target, date, place and
 * modality. An action inside a quotation or reported speech is kept with the speaker as {@code
 * reportedBy}; an action that is the content of a threat, demand, promise, refusal or accusation
 * ("threatened to strike") is not asserted, and is marked hypothetical; a future act announced by a
 * speaker ("said they will release") is coded as the intention (AGREE or THREATEN), as the PLOVER
 * manual asks. Mentions of one action ("the call", "the conversation") are merged.
 */
public final class EventExtractor implements Stage<EventInput, List<Event>> {
  /** Categories whose announced future is a threat (THREATEN). */
  private static final Set<String> FORCEFUL =
      Set.of("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST");

  /** Categories whose denial by the actor is a refusal: "will not accept", "would not meet". */
  private static final Set<String> REFUSABLE = Set.of("AGREE", "CONCEDE");

  /** Intention words whose "would" is politeness, not a condition: "would be ready to". */
  private static final Set<String> READINESS = Set.of("ready to", "willing to", "prepared to");

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
    for (Sentence parsed : doc.sentences()) {
      Sentence s = ReducedRelatives.repaired(parsed); // "Workers employed by X went on strike"
      List<TriggerLexicon.Match> matches = demands.addTo(s, triggers.matches(s));
      for (TriggerLexicon.Match m : matches) {
        EventDraft d = read(in, s, m, matches);
        if (d != null) {
          drafts.add(d);
        }
      }
    }
    TrailingParticiples.inheritVictims(drafts);
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
      for (EventActor[] pair : pairs(d)) {
        out.add(event(d, pair[0], pair[1], "V" + (out.size() + 1), mentions, published));
      }
      assert t != null;
    }
    return out;
  }

  /**
   * The source-target pairs of a draft: its own, then one per further coordinated party ("Pakistan
   * threatened Congo and Costa Rica" is two threats), every source with every target, as CAMEO
   * codes compound actors.
   */
  private static List<EventActor[]> pairs(EventDraft d) {
    List<EventActor> sources = new ArrayList<>();
    sources.add(d.source); // may be null: an act with a target only
    sources.addAll(d.moreSources);
    List<EventActor[]> out = new ArrayList<>();
    for (EventActor source : sources) {
      out.add(new EventActor[] {source, d.target});
      d.moreTargets.forEach(t -> out.add(new EventActor[] {source, t}));
    }
    return out;
  }

  private Event event(
      EventDraft d,
      EventActor source,
      EventActor target,
      String id,
      List<Mention> mentions,
      String published) {
    boolean dated = d.date != null;
    return new Event(
        id,
        d.type,
        d.mode,
        d.cameo,
        source,
        target,
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
        mentions);
  }

  private EventDraft read(
      EventInput in, Sentence s, TriggerLexicon.Match m, List<TriggerLexicon.Match> all) {
    ParsedArticle doc = in.doc();
    Trigger trigger = m.trigger();
    Token head = s.tokens().get(m.head());
    if (TriggerContext.coveredByVerbTrigger(s, m, all)) {
      return null; // "provide ... assistance": the verb's event already says it
    }
    if (TriggerContext.carriesNounTrigger(s, m, all)) {
      return null; // "opened an investigation", "began a hunger strike": the noun is the act
    }
    if (TriggerContext.withheldBy(s, m, all)) {
      return null; // "suspended aid deliveries", "rejected the truce": what is cut, not an act
    }
    if (TriggerContext.topicOf(s, m, all)) {
      return null; // "welcomed the ceasefire", "discussed the plan": what the act is about
    }
    if (TriggerContext.aimOfProtest(s, m, all)) {
      return null; // "marched to demand reforms": the protest's aim, as CAMEO codes it (141x)
    }
    if (TriggerContext.assertsFact(s, m)) {
      return null; // "insisted the unrest reflected old tensions": a claim, no demand
    }
    if (StateNouns.circumstance(s, m)) {
      return null; // "arrested under the state of emergency": the state they act in, not an act
    }
    if (NounClauses.describes(s, m.head())) {
      return null; // "rebels fighting to topple the government": what the rebels are, not an act
    }
    EventParties.Parties parties = this.parties.read(in, s, m);
    int clauseHead = parties.clauseHead();
    EventActor source = parties.source();
    EventActor target = parties.target();
    EventDraft d = new EventDraft();
    d.trigger = trigger;
    d.sentence = s;
    d.head = m.head();
    d.clauseHead = clauseHead;
    d.type = trigger.type();
    d.mode = trigger.mode();
    d.cameo = trigger.cameo();
    d.source = source;
    d.target = target;
    d.moreSources = parties.moreSources();
    d.moreTargets = parties.moreTargets();
    d.negated =
        Modality.negated(s, clauseHead)
            || Modality.negated(s, m.head())
            || Modality.negatorJustBefore(s, m.first());
    boolean readiness = READINESS.contains(trigger.lemma());
    d.hypothetical =
        (readiness
                ? Modality.hypotheticalReadiness(s, m.head())
                : Modality.hypothetical(s, clauseHead) || Modality.hypothetical(s, m.head()))
            || Modality.question(s)
            || TriggerContext.contentOfSpeechAct(s, m, all)
            || TriggerContext.chargeOf(s, m, all)
            || ProspectiveNouns.prospect(s, m)
            || GerundSubjects.generic(s, m.head())
            || !trigger.type().equals("PROTEST") && Modality.purpose(s, m.head());
    if (TriggerContext.offered(s, m)) {
      // "offered concessions": an intention to act (CAMEO 03)
      d.recode("AGREE", d.type.equals("AID") ? "033" : "030");
    }
    if (d.type.equals("ASSAULT") && GoverningActs.prepared(s, m.head())) {
      d.recode("MOBILIZE", "150"); // "the army prepared to resume shelling": readiness (CAMEO 15)
      d.hypothetical = false;
    }
    if (d.type.equals("REQUEST") && GoverningActs.againstSomeone(s, m.head())) {
      d.recode("ACCUSE", "113"); // "called for sanctions against Nigeria": rallying opposition
    }
    if (d.type.equals("REQUEST") && GoverningActs.ordersClosure(s, m.head())) {
      d.recode("COERCE", "172"); // "ordered the daily to suspend publication": a restriction
    }
    if (d.type.equals("AGREE") && TriggerContext.threatens(s, m, all)) {
      // "vowed to attack the convoys", "is prepared to impose martial law"
      d.recode("THREATEN", "130");
    }
    if (d.type.equals("AGREE") && GoverningActs.promisesNotToCooperate(s, m.head(), all)) {
      d.recode("REJECT", "120"); // "vowed not to return the Golan Heights": a refusal (CAMEO 12)
    }
    if (REFUSABLE.contains(d.type)
        && !Modality.question(s)
        && (d.negated && head.isVerb() || Modality.failed(s, m.head()))) {
      // "will not accept more refugees", "failed to reach agreement": a refusal (CAMEO 12)
      d.recode("REJECT", "120");
      d.negated = false;
      d.hypothetical = false;
    }
    // "would tighten the blockade": an event noun's act is stated by the verb it is the object of
    int act = trigger.noun() ? objectOf(s, m.head(), clauseHead) : clauseHead;
    if (!d.negated
        && Modality.unlessClause(s, act)
        && (Modality.announcedFuture(s, act) || Modality.future(s, act))) {
      // "will withdraw its force unless elections are held": a conditional threat
      d.recode("THREATEN", "130");
      d.hypothetical = false;
    } else if (!d.negated
        && FORCEFUL.contains(d.type)
        && Modality.ifClause(s, act)
        && Modality.possibleFuture(s, act)) {
      // "may halt its mediation if the parties do not cooperate": a conditional threat (CAMEO 13)
      d.recode("THREATEN", "130");
      d.hypothetical = false;
    } else if (!d.negated && Modality.announcedFuture(s, act)) {
      if (TriggerContext.COOPERATIVE.contains(d.type)) {
        d.recode("AGREE", "030");
        d.hypothetical = false;
      } else if (FORCEFUL.contains(d.type)) {
        d.recode("THREATEN", "130");
        d.hypothetical = false;
      }
    }
    Token first = s.tokens().get(m.first());
    Token last = s.tokens().get(m.last());
    d.triggerMention = Mention.of(doc.text(), first.start(), last.end());
    d.evidence = Mention.of(doc.text(), s.start(), s.end());
    d.reportedBy = reporter(in.quotes(), head.start());
    d.definite = trigger.noun() && definite(s, m.head());
    d.location = in.places().of(s, clauseHead); // clause, else sentence, else dateline
    EventDating.Dated date = EventDating.date(in.dates(), s, head);
    d.date = date == null ? null : date.value();
    return d;
  }

  /** The verb a noun is the object of ("tighten the blockade"), else the given clause head. */
  private static int objectOf(Sentence s, int noun, int otherwise) {
    Dependency up = s.headOf(noun);
    return up != null && up.governor() >= 0 && up.relation().equals("obj")
        ? up.governor()
        : otherwise;
  }

  /** The speaker of the quotation or reported speech the offset sits in, or null. */
  private static EventActor reporter(List<Quote> quotes, int offset) {
    Quote q = QuotedFirstPerson.around(quotes, offset, x -> true);
    return q == null ? null : new EventActor(q.speaker().entity(), q.speaker().name(), null);
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
