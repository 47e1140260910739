package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.extract.quote.SpeechCues;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Location;
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
  /** Prepositions that place an event: "in Caracas", "to the Caribbean". */
  static final Set<String> PLACE_CASES = Set.of("in", "to", "at", "near", "into", "off");

  /** Categories whose complement clause is the content of the act, not a second act. */
  private static final Set<String> SPEECH_ACTS =
      Set.of("AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE");

  /** Categories whose announced future is an intention to cooperate (AGREE). */
  private static final Set<String> COOPERATIVE =
      Set.of("CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT");

  /** Categories whose announced future is a threat (THREATEN). */
  private static final Set<String> FORCEFUL =
      Set.of("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST");

  /** Prepositions that name who made a thing: "an offer from Kabul", "calls by the rulers". */
  private static final Set<String> AUTHOR_CASES = Set.of("by", "from");

  /** Categories whose denial by the actor is a refusal: "will not accept", "would not meet". */
  private static final Set<String> REFUSABLE = Set.of("AGREE", "CONCEDE");

  /**
   * Categories whose act, when the sentence names no one it is aimed at, is aimed at the
   * government: a protest with no stated target is a protest against the authorities
   * (docs/lexicon.md).
   */
  private static final Set<String> DIRECTED_AT_GOVERNMENT = Set.of("PROTEST");

  /** Categories of a verb whose object event noun is what is withheld or refused. */
  private static final Set<String> WITHHOLDING = Set.of("SANCTION", "REJECT");

  /** Clause marks that say when or why, not what was said: "after rebels seized the airport". */
  private static final Set<String> CIRCUMSTANCE_MARKS =
      Set.of("after", "before", "when", "since", "while", "as", "because", "once", "until");

  /** Categories where two coordinated subjects are both parties: "Maduro and Putin met". */
  private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");

  /**
   * Categories whose place is not their target: troops sent to a border are not sent against it.
   */
  private static final Set<String> WITHOUT_PLACE_TARGET = Set.of("MOBILIZE");

  private final TriggerLexicon triggers;
  private final EventScales scales;
  private final PhraseCoder phrases;
  private final ActorReader actors;
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
    this.actors = new ActorReader(phrases);
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
    RoleReader.Roles roles = RoleReader.read(s, head, trigger.noun(), trigger.type());
    if (trigger.noun() && roles.target() >= m.first() && roles.target() <= m.last()) {
      // "a state of emergency": a word of the noun trigger itself is no target (a verb trigger's
      // object, "imposed sanctions on Kabul", is still read for the actor inside it)
      roles = new RoleReader.Roles(roles.source(), -1, roles.clauseHead(), roles.recipient());
    }
    EventActor source = actors.actor(doc, in, s, roles.source());
    if (source == null && trigger.noun()) {
      source = nationalModifier(s, m.head()); // "Palestinian riots": by Palestinians
    }
    EventActor target = actors.actor(doc, in, s, roles.target());
    if (roles.recipient() >= 0 && roles.recipient() != roles.target()) {
      EventActor to = actors.actor(doc, in, s, roles.recipient());
      if (to != null && to.actor() != null && (target == null || target.entity() == null)) {
        target = to; // "offered its troops to Lebanon's president": the one given to
      }
    }
    if (target == null || target.actor() == null) {
      for (int alt : RoleReader.obliqueTargets(s, roles.clauseHead())) {
        EventActor a = actors.actor(doc, in, s, alt);
        if (a != null && a.actor() != null && !same(a, source)) {
          target = a;
          break;
        }
      }
    }
    if ((target == null || target.actor() == null) && roles.target() >= 0) {
      Inner inner = innerActor(doc, in, s, roles.target(), source);
      if (inner != null && target != null && inParticipleClause(s, roles.target(), inner.token())) {
        // "seized a tanker carrying Venezuelan crude": the tanker, linked to Venezuela
        target = new EventActor(target.entity(), target.name(), inner.actor().actor());
      } else if (inner != null) {
        target = inner.actor(); // "rejected a fresh offer from Kabul", "accepted demands by rebels"
      }
    }
    if (SPEECH_ACTS.contains(trigger.type()) && (target == null || target.actor() == null)) {
      EventActor inner = contentActor(doc, in, s, roles.clauseHead(), source);
      if (inner != null) {
        target = inner;
      }
    }
    if (SYMMETRIC.contains(trigger.type()) && target == null && roles.source() >= 0) {
      target = actors.actor(doc, in, s, RoleReader.coordinated(s, roles.source()));
    }
    if (SYMMETRIC.contains(trigger.type())
        && roles.source() >= 0
        && (target == null || target.actor() == null)) {
      EventActor[] pair = ActorReader.bothNamedBefore(in, s, roles.source());
      if (pair != null) {
        // "both leaders restated their commitment": the two people just named
        source = pair[0];
        target = pair[1];
      }
    }
    if (target == null || target.actor() == null) {
      Location where = place(in, s, roles.clauseHead());
      if (where != null
          && where.country() != null
          && !WITHOUT_PLACE_TARGET.contains(trigger.type())) {
        // "lifted the curfew in Cizre": an act done inside a country targets that country
        target = new EventActor(null, where.name(), Actor.of(where.country(), placeSector(where)));
      }
    }
    source = actors.deviceSource(in, s, roles.source(), source, target); // "a roadside bomb"
    if (same(source, target)) {
      target = null;
    }
    // a role found inside a phrase or clause ("demanding that President Mugabe abandon ...")
    source = actors.withCountry(in, s, m.head(), source);
    target = actors.withCountry(in, s, m.head(), target);
    if (DIRECTED_AT_GOVERNMENT.contains(trigger.type())
        && (target == null || target.actor() == null)) {
      EventActor government = ownGovernment(in, s, roles.clauseHead(), source);
      target = government == null ? target : government;
    }
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
    d.hypothetical =
        Modality.hypothetical(s, roles.clauseHead())
            || Modality.hypothetical(s, m.head())
            || Modality.question(s)
            || contentOfSpeechAct(s, m, all);
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
    if (!d.negated
        && Modality.unlessClause(s, roles.clauseHead())
        && (Modality.announcedFuture(s, roles.clauseHead())
            || Modality.future(s, roles.clauseHead()))) {
      // "will withdraw its force unless elections are held": a conditional threat
      d.type = "THREATEN";
      d.mode = null;
      d.cameo = "130";
      d.hypothetical = false;
    } else if (!d.negated && Modality.announcedFuture(s, roles.clauseHead())) {
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

  /** The nation a national adjective before an event noun names ("Palestinian riots"), or null. */
  private EventActor nationalModifier(Sentence s, int noun) {
    for (Dependency d : s.childrenOf(noun)) {
      Token t = s.tokens().get(d.dependent());
      String country = d.relation().equals("amod") ? phrases.nationOf(t) : null;
      if (country != null) {
        return new EventActor(null, t.word(), Actor.of(country, null));
      }
    }
    return null;
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
            && WITHHOLDING.contains(other.trigger().type())) {
          return true;
        }
      }
      at = up.governor();
    }
    return false;
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
            && other.trigger().type().equals(m.trigger().type())) {
          return true;
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
            && other.head() == up.governor()
            && SPEECH_ACTS.contains(other.trigger().type())
            && !(rel.equals("obj") && carriesNounTrigger(s, other, all))) {
          return true; // but "undertook a mediation mission": the noun is the act itself
        }
      }
      at = up.governor();
    }
    return false;
  }

  /** The first actor named inside the trigger's complement clause: "alleging it exposed X". */
  /**
   * "after rebels seized the airport", "when troops fired": a clause that says when or why, which
   * the main verb does not report; its action happened whatever the main verb is.
   */
  private static boolean circumstantial(Sentence s, int clause) {
    for (Dependency d : s.childrenOf(clause)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("mark") && CIRCUMSTANCE_MARKS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private EventActor contentActor(
      ParsedArticle doc, EventInput in, Sentence s, int head, EventActor source) {
    for (Dependency d : s.childrenOf(head)) {
      if (!(d.relation().equals("ccomp") || d.relation().equals("xcomp"))) {
        continue;
      }
      EventActor done = complementTarget(doc, in, s, d.dependent(), source);
      if (done != null) {
        return done; // "threatened to ban Ugandan opposition candidates": the candidates
      }
      int[] span = s.extent(d.dependent(), x -> true);
      for (int i = span[0]; i <= span[1]; i++) {
        Token t = s.tokens().get(i);
        Entity e = in.entities().at(t.start(), t.end());
        if (e != null && e.actor() != null) {
          EventActor a = named(s, i, e);
          if (!same(a, source)) {
            return a;
          }
        }
      }
    }
    return null;
  }

  /**
   * The coded target of the act a complement clause names ("to cut off electricity to Baku", "to
   * lift the curfew on Palestinians"): its recipient, object, or an actor inside its object.
   */
  private EventActor complementTarget(
      ParsedArticle doc, EventInput in, Sentence s, int verb, EventActor source) {
    if (!s.tokens().get(verb).isVerb()) {
      return null;
    }
    RoleReader.Roles r = RoleReader.read(s, s.tokens().get(verb), false);
    for (int t : new int[] {r.recipient(), r.target()}) {
      EventActor a = actors.actor(doc, in, s, t);
      if (a != null && a.actor() != null && !same(a, source)) {
        return a;
      }
    }
    Inner inner = r.target() < 0 ? null : innerActor(doc, in, s, r.target(), source);
    return inner == null ? null : inner.actor();
  }

  /**
   * The authorities a protest with no stated target is aimed at: an actor named in its purpose ("to
   * demand the resignation of the Algerian president"), else the government of the protesters'
   * country, else of the country the sentence names; null when none is known.
   */
  private EventActor ownGovernment(EventInput in, Sentence s, int head, EventActor source) {
    for (Dependency d : s.childrenOf(head)) {
      if (d.relation().equals("advcl") || d.relation().equals("xcomp")) {
        EventActor purpose = complementTarget(in.doc(), in, s, d.dependent(), source);
        if (purpose != null) {
          return purpose;
        }
      }
    }
    String country =
        source != null && source.actor() != null && source.actor().country() != null
            ? source.actor().country()
            : phrases.nearestCountry(s, head, in.entities(), null);
    if (country == null) {
      return null;
    }
    return new EventActor(null, country + " government", Actor.of(country, "GOV"));
  }

  /**
   * A coded entity found inside a role phrase, as a role: a town or capital named as a place ("a
   * curfew in Algiers") stands for its people (CVL), as the PLOVER gold codes cities.
   */
  private EventActor named(Sentence s, int token, Entity e) {
    String prep = RoleReader.caseOf(s, token);
    if ("LOCATION".equals(e.type())
        && prep != null
        && PLACE_CASES.contains(prep)
        && !phrases.isCountryName(e.name())) {
      return new EventActor(e.id(), e.name(), Actor.of(e.actor().country(), "CVL"));
    }
    return new EventActor(e.id(), e.name(), e.actor());
  }

  /** An actor found inside a phrase, and the token it was read from. */
  private record Inner(EventActor actor, int token) {}

  /** An actor named inside a role phrase that has none itself: "a fresh offer from Kabul". */
  private Inner innerActor(
      ParsedArticle doc, EventInput in, Sentence s, int head, EventActor other) {
    for (Dependency d : s.childrenOf(head)) {
      String prep = RoleReader.caseOf(s, d.dependent());
      if (d.relation().equals("nmod") && prep != null && AUTHOR_CASES.contains(prep)) {
        EventActor a = actors.actor(doc, in, s, d.dependent());
        if (a != null && a.actor() != null && !same(a, other)) {
          return new Inner(a, d.dependent()); // "calls by Belarus's rulers": the rulers
        }
      }
    }
    int[] span = s.extent(head, d -> !d.relation().equals("acl:relcl"));
    for (int i = span[0]; i <= span[1]; i++) {
      if (i == head || ForeignModifiers.isForeign(s, i)) {
        continue;
      }
      Token t = s.tokens().get(i);
      Entity e = in.entities().at(t.start(), t.end());
      if (e != null && e.actor() != null) {
        // "President Bouteflika's government": an office without a country takes the context's
        EventActor a = actors.withCountry(in, s, i, named(s, i, e));
        if (!same(a, other)) {
          return new Inner(a, i);
        }
      }
      String country = e == null ? phrases.nationOf(t) : null;
      if (country != null) {
        return new Inner(new EventActor(null, t.word(), Actor.of(country, null)), i); // "Peruvian"
      }
    }
    return null;
  }

  /**
   * Whether the token is inside a participle clause of the phrase ("a tanker carrying Venezuelan
   * crude"): the phrase stays the role, and takes the code of the actor named there.
   */
  private static boolean inParticipleClause(Sentence s, int head, int token) {
    for (Dependency d : s.childrenOf(head)) {
      if (d.relation().equals("acl")) {
        int[] span = s.extent(d.dependent(), x -> true);
        if (span[0] <= token && token <= span[1]) {
          return true;
        }
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

  private static boolean same(EventActor a, EventActor b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.entity() != null) {
      return a.entity().equals(b.entity());
    }
    return a.name().equals(b.name());
  }

  /**
   * The sector of a place that is a target: none for a country, CVL for a town or region, as the
   * PLOVER gold codes cities ("imposed a curfew in Cizre": Turkey's civilians).
   */
  private String placeSector(Location where) {
    return phrases.isCountryName(where.name()) ? null : "CVL";
  }

  private static Location place(EventInput in, Sentence s, int head) {
    for (Dependency d : s.childrenOf(head)) {
      if (!d.relation().startsWith("obl") && !d.relation().startsWith("nmod")) {
        continue;
      }
      String prep = RoleReader.caseOf(s, d.dependent());
      Token t = s.tokens().get(d.dependent());
      Entity e = in.entities().at(t.start(), t.end());
      if (prep != null && PLACE_CASES.contains(prep) && e != null && e.type().equals("LOCATION")) {
        return new Location(e.name(), e.actor() == null ? null : e.actor().country(), null, null);
      }
    }
    return null;
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
