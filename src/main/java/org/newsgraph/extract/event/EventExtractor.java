package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.QuotedSpans;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Location;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.pipeline.Stage;

/**
 * Codes the actions an article reports as PLOVER events with source, target, date, place and
 * modality. A first version over the clearest triggers; words inside quotations are the speaker's
 * claims and are left to a later version.
 */
public final class EventExtractor implements Stage<EventInput, List<Event>> {
  /** Prepositions that place an event: "in Caracas", "to the Caribbean". */
  private static final Set<String> PLACE_CASES = Set.of("in", "to", "at", "near", "into", "off");

  private final TriggerLexicon triggers;

  public EventExtractor(TriggerLexicon triggers) {
    this.triggers = triggers;
  }

  /** Sentences with a trigger word are read by their parse. */
  public boolean needsParse(List<Token> tokens) {
    for (Token t : tokens) {
      if (triggers.match(t) != null) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Event> apply(EventInput in) {
    ParsedArticle doc = in.doc();
    QuotedSpans quoted = QuotedSpans.of(doc.text());
    List<Event> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        Trigger trigger = triggers.match(t);
        if (trigger == null || quoted.inside(t.start())) {
          continue;
        }
        RoleReader.Roles roles = RoleReader.read(s, t, trigger.noun());
        EventActor source = actor(doc, in, s, roles.source());
        EventActor target = actor(doc, in, s, roles.target());
        if (source == null && target == null) {
          continue; // an action with nobody attached is not yet an event worth coding
        }
        boolean negated = Modality.negated(s, roles.clauseHead()) || Modality.negated(s, t.index());
        boolean hypothetical =
            Modality.hypothetical(s, roles.clauseHead()) || Modality.hypothetical(s, t.index());
        EventDating.Dated date = EventDating.date(in.dates(), s, t);
        String published = doc.article().published();
        out.add(
            new Event(
                "V" + (out.size() + 1),
                trigger.type(),
                trigger.mode(),
                trigger.cameo(),
                source,
                target,
                date != null ? date.value() : published,
                date != null ? date.source() : published != null ? "published" : null,
                place(in, s, roles.clauseHead()),
                negated,
                hypothetical,
                Mention.of(doc.text(), s.start(), s.end()),
                Mention.of(doc.text(), t.start(), t.end()),
                confidence(source, target, date)));
      }
    }
    return out;
  }

  private static EventActor actor(ParsedArticle doc, EventInput in, Sentence s, int token) {
    if (token < 0) {
      return null;
    }
    Token t = s.tokens().get(token);
    if (isDateWord(in.dates().at(t.start()), t)) {
      return null; // "Thursday's call": a date, not a participant
    }
    Entity e = in.entities().at(t.start(), t.end());
    if (e != null) {
      return new EventActor(e.id(), e.name(), e.actor());
    }
    if (!t.isNoun()) {
      return null;
    }
    int lo = token;
    for (Dependency d : s.childrenOf(token)) {
      if ((d.relation().equals("compound") || d.relation().equals("amod")) && d.dependent() < lo) {
        lo = d.dependent();
      }
    }
    return new EventActor(null, doc.text().substring(s.tokens().get(lo).start(), t.end()), null);
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

  private static double confidence(EventActor source, EventActor target, EventDating.Dated date) {
    double c = 0.4;
    c += source != null && source.entity() != null ? 0.2 : 0;
    c += target != null && target.entity() != null ? 0.2 : 0;
    c += date != null ? 0.1 : 0;
    return Math.round(c * 100) / 100.0;
  }
}
