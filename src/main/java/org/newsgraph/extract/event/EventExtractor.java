package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.model.Actor;
import org.newsgraph.model.DateMention;
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
  private static final Set<String> PLACE_CASES = Set.of("in", "to", "at", "near", "into", "off");

  /** Categories whose complement clause is the content of the act, not a second act. */
  private static final Set<String> SPEECH_ACTS =
      Set.of("AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE");

  /** Categories whose announced future is an intention to cooperate (AGREE). */
  private static final Set<String> COOPERATIVE =
      Set.of("CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT");

  /** Categories whose announced future is a threat (THREATEN). */
  private static final Set<String> FORCEFUL =
      Set.of("ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST");

  /** Categories where two coordinated subjects are both parties: "Maduro and Putin met". */
  private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");

  /** Pronouns that stand for an actor named before them: "they said they would release". */
  private static final Set<String> PRONOUNS =
      Set.of("it", "its", "they", "their", "them", "he", "his", "him", "she", "her");

  /** Sectors whose actor belongs to a country, taken from context when the phrase has none. */
  private static final Set<String> NATIONAL_SECTORS =
      Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "EDU", "MED", "BUS", "LAB");

  /**
   * Categories whose place is not their target: troops sent to a border are not sent against it.
   */
  private static final Set<String> WITHOUT_PLACE_TARGET = Set.of("MOBILIZE");

  private final TriggerLexicon triggers;
  private final EventScales scales;
  private final PhraseCoder phrases;

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
  }

  /**
   * Sentences whose tagged words hold a whole trigger pattern with the right part of speech, and a
   * name an actor could be read from (a proper noun, a named entity or a capitalized adjective such
   * as "Russian"), are read by their parse; events need nothing from the others.
   */
  public boolean needsParse(List<Token> tokens) {
    return namesSomeone(tokens) && triggers.anyMatch(tokens);
  }

  private static boolean namesSomeone(List<Token> tokens) {
    for (Token t : tokens) {
      boolean capitalized = !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
      if (t.isProperNoun()
          || !"O".equals(t.ner()) && Set.of("PERSON", "ORGANIZATION", "LOCATION").contains(t.ner())
          || (capitalized && t.index() > 0 && t.pos().startsWith("JJ"))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Event> apply(EventInput in) {
    ParsedArticle doc = in.doc();
    List<EventDraft> drafts = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<TriggerLexicon.Match> matches = triggers.matches(s);
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
    RoleReader.Roles roles = RoleReader.read(s, head, trigger.noun());
    EventActor source = actor(doc, in, s, roles.source());
    EventActor target = actor(doc, in, s, roles.target());
    if (target == null || target.actor() == null) {
      for (int alt : RoleReader.obliqueTargets(s, roles.clauseHead())) {
        EventActor a = actor(doc, in, s, alt);
        if (a != null && a.actor() != null && !same(a, source)) {
          target = a;
          break;
        }
      }
    }
    if ((target == null || target.actor() == null) && roles.target() >= 0) {
      EventActor inner = innerActor(doc, in, s, roles.target(), source);
      if (inner != null) {
        target = inner; // "rejected a fresh offer from Kabul", "accepted demands by the rebels"
      }
    }
    if (SPEECH_ACTS.contains(trigger.type()) && (target == null || target.actor() == null)) {
      EventActor inner = contentActor(doc, in, s, roles.clauseHead(), source);
      if (inner != null) {
        target = inner;
      }
    }
    if (SYMMETRIC.contains(trigger.type()) && target == null && roles.source() >= 0) {
      target = actor(doc, in, s, RoleReader.coordinated(s, roles.source()));
    }
    if (target == null || target.actor() == null) {
      Location where = place(in, s, roles.clauseHead());
      if (where != null
          && where.country() != null
          && !WITHOUT_PLACE_TARGET.contains(trigger.type())) {
        // "lifted the curfew in Cizre": an act done inside a country targets that country
        target = new EventActor(null, where.name(), Actor.of(where.country(), null));
      }
    }
    if (same(source, target)) {
      target = null;
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
    if (!d.negated && Modality.announcedFuture(s, roles.clauseHead())) {
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
    d.location = place(in, s, roles.clauseHead());
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
            && SPEECH_ACTS.contains(other.trigger().type())) {
          return true;
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
      String w = s.tokens().get(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
      if (d.relation().equals("mark") && CIRCUMSTANCE_MARKS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> CIRCUMSTANCE_MARKS =
      java.util.Set.of(
          "after", "before", "when", "since", "while", "as", "because", "once", "until");

  private EventActor contentActor(
      ParsedArticle doc, EventInput in, Sentence s, int head, EventActor source) {
    for (Dependency d : s.childrenOf(head)) {
      if (!(d.relation().equals("ccomp") || d.relation().equals("xcomp"))) {
        continue;
      }
      int[] span = s.extent(d.dependent(), x -> true);
      for (int i = span[0]; i <= span[1]; i++) {
        Token t = s.tokens().get(i);
        Entity e = in.entities().at(t.start(), t.end());
        if (e != null && e.actor() != null) {
          EventActor a = new EventActor(e.id(), e.name(), e.actor());
          if (!same(a, source)) {
            return a;
          }
        }
      }
    }
    return null;
  }

  /** An actor named inside a role phrase that has none itself: "a fresh offer from Kabul". */
  private EventActor innerActor(
      ParsedArticle doc, EventInput in, Sentence s, int head, EventActor other) {
    int[] span = s.extent(head, d -> !d.relation().equals("acl:relcl"));
    for (int i = span[0]; i <= span[1]; i++) {
      if (i == head) {
        continue;
      }
      Token t = s.tokens().get(i);
      Entity e = in.entities().at(t.start(), t.end());
      if (e != null && e.actor() != null) {
        EventActor a = new EventActor(e.id(), e.name(), e.actor());
        if (!same(a, other)) {
          return a;
        }
      }
    }
    return null;
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

  private EventActor actor(ParsedArticle doc, EventInput in, Sentence s, int token) {
    EventActor a = plainActor(doc, in, s, token);
    if (a != null && a.actor() == null && a.entity() == null && isPronoun(s, token)) {
      EventActor antecedent = antecedent(doc, in, s, token);
      if (antecedent != null) {
        a = antecedent;
      }
    }
    if (a != null
        && a.actor() != null
        && a.actor().country() == null
        && NATIONAL_SECTORS.contains(a.actor().sector())) {
      // "the government", "President X" with no country: the country the context names
      String country = PhraseCoder.nearestCountry(s, token, in.entities(), null);
      if (country != null) {
        a = new EventActor(a.entity(), a.name(), Actor.of(country, a.actor().sector()));
      }
    }
    return a;
  }

  private static boolean isPronoun(Sentence s, int token) {
    return token >= 0 && PRONOUNS.contains(s.tokens().get(token).word().toLowerCase(Locale.ROOT));
  }

  /**
   * The actor a pronoun stands for: the nearest subject before it in the sentence that has a code,
   * else the subject of the sentence before.
   */
  private EventActor antecedent(ParsedArticle doc, EventInput in, Sentence s, int pronoun) {
    for (int i = pronoun - 1; i >= 0; i--) {
      Dependency up = s.headOf(i);
      if (up != null && up.relation().startsWith("nsubj") && !isPronoun(s, i)) {
        EventActor a = plainActor(doc, in, s, i);
        if (a != null && a.actor() != null) {
          return a;
        }
      }
    }
    if (s.index() > 0) {
      Sentence before = doc.sentences().get(s.index() - 1);
      for (Token t : before.tokens()) {
        Dependency up = before.headOf(t.index());
        if (up != null && up.relation().startsWith("nsubj") && !isPronoun(before, t.index())) {
          EventActor a = plainActor(doc, in, before, t.index());
          if (a != null && a.actor() != null) {
            return a;
          }
        }
      }
    }
    return null;
  }

  private EventActor plainActor(ParsedArticle doc, EventInput in, Sentence s, int token) {
    if (token < 0) {
      return null;
    }
    Token t = s.tokens().get(token);
    if (isDateWord(in.dates().at(t.start()), t)) {
      return null; // "Thursday's call": a date, not a participant
    }
    Entity e = in.entities().at(t.start(), t.end());
    if (e != null && (e.actor() != null || !t.isNoun())) {
      return new EventActor(e.id(), e.name(), e.actor());
    }
    if (!t.isNoun() && !t.pos().startsWith("PRP")) {
      return null;
    }
    int lo = token;
    Entity inner = null;
    for (Dependency d : s.childrenOf(token)) {
      String rel = d.relation();
      if ((rel.equals("compound") || rel.equals("amod")) && d.dependent() < lo) {
        lo = d.dependent();
      }
      if (inner == null
          && (rel.equals("compound")
              || rel.equals("amod")
              || rel.equals("nmod:poss")
              || rel.equals("nmod"))) {
        Token dt = s.tokens().get(d.dependent());
        Entity x = in.entities().at(dt.start(), dt.end());
        if (x != null && x.actor() != null) {
          inner = x; // "Syrian officials", "officials of the ministry": the actor inside
        }
      }
    }
    String name = doc.text().substring(s.tokens().get(lo).start(), t.end());
    Actor coded = t.isNoun() ? phrases.code(s, token, in.entities()) : null;
    Actor actor = inner == null ? coded : inner.actor();
    if (inner != null && coded != null && inner.actor().sector() == null) {
      actor = Actor.of(inner.actor().country(), coded.sector()); // "Syrian officers": SYR MIL
    }
    if (e != null) {
      return new EventActor(e.id(), e.name(), actor);
    }
    return new EventActor(null, name, actor);
  }

  /** Whether the token is the date itself, not the event an "after X" date points at. */
  private static boolean isDateWord(DateMention d, Token t) {
    if (d == null) {
      return false;
    }
    return d.anchorText() == null || t.start() < d.end() - d.anchorText().length();
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
