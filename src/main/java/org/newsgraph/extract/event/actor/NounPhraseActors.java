package org.newsgraph.extract.event.actor;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.model.Actor;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventActor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/** The actor a role word's own phrase names: its entity, a partitive's "of", an actor inside. */
final class NounPhraseActors {
  /** Nouns that count or gather the actor named after "of" ({@code event/partitive-nouns.tsv}). */
  private static final Set<String> PARTITIVES = RuleFile.words("/event/partitive-nouns.tsv");

  /**
   * Nouns for an actor's being or coming somewhere, coded by their "of" phrase as partitives are:
   * "opposed the deployment of Nigerian troops" ({@code event/presence-nouns.tsv}).
   */
  private static final Set<String> PRESENCES = RuleFile.words("/event/presence-nouns.tsv");

  /** Counted groups that follow someone: "supporters of former President X" are opposition. */
  private static final Set<String> FOLLOWERS = Set.of("supporters", "followers");

  private final PhraseCoder phrases;
  private final TownPeople towns;

  NounPhraseActors(PhraseCoder phrases, TownPeople towns) {
    this.phrases = phrases;
    this.towns = towns;
  }

  /** The actor the role word's own phrase names, with no context; null for none or a date. */
  EventActor plainActor(EventInput in, Sentence s, int token) {
    if (token < 0) {
      return null;
    }
    Token t = s.tokens().get(token);
    if (isDateWord(in.dates().at(t.start()), t)) {
      // "Thursday's call": a date, not a participant; but wire copy's "Israel Friday reimposed"
      // makes the date the head of the subject, and the name before it acts
      int name = token > 0 ? token - 1 : -1;
      Dependency up = name < 0 ? null : s.headOf(name);
      boolean named = up != null && up.governor() == token && up.relation().equals("compound");
      return named ? plainActor(in, s, name) : null;
    }
    Entity e = in.entities().at(t.start(), t.end());
    EventActor place = e == null ? null : towns.town(in, s, token, e);
    if (place != null) {
      return place;
    }
    if (e != null && (e.actor() != null || !t.isNoun())) {
      return new EventActor(e.id(), e.name(), e.actor());
    }
    if (!t.isNoun() && !t.pos().startsWith("PRP")) {
      return null;
    }
    String lower = t.word().toLowerCase(Locale.ROOT);
    if (PARTITIVES.contains(lower) || PRESENCES.contains(lower)) {
      for (Dependency d : s.childrenOf(token)) {
        if (Prepositions.isOfPhrase(s, d)) {
          EventActor of = plainActor(in, s, d.dependent());
          if (of != null && of.actor() != null) {
            return followers(t, of); // "thousands of Iraqi Kurds": the Kurds
          }
        }
      }
    }
    int lo = token;
    Entity inner = null;
    boolean owned = false;
    boolean origin = false;
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
        String prep = Prepositions.caseOf(s, d.dependent());
        boolean locative = prep != null && Prepositions.PLACE_CASES.contains(prep);
        if (x != null
            && x.actor() != null
            && !locative
            && !Prepositions.aimsAt(prep) // "crimes against Serb civilians" are not theirs
            && !ForeignModifiers.isForeign(s, d.dependent())) {
          inner = x; // "Syrian officials", "officials of the ministry": the actor inside
          owned = rel.startsWith("nmod");
          origin = "from".equals(prep);
        }
      }
    }
    if (lo >= 2
        && s.tokens().get(lo - 1).word().equals("-")
        && ForeignModifiers.isForeign(s, lo - 2)) {
      lo -= 2; // the name keeps its flag: "Guyana-flagged tanker"
    }
    lo = afterLastBreak(s, lo, token);
    String name = in.doc().text().substring(s.tokens().get(lo).start(), t.end());
    Actor coded = t.isNoun() ? phrases.code(s, token, in.entities()) : null;
    if (e == null && owned && (coded == null || coded.sector() == null)) {
      // "Washington's real objectives", "Maduro's policies": a thing, so its owner is the role
      return new EventActor(inner.id(), inner.name(), inner.actor());
    }
    Actor actor = inner == null ? coded : inner.actor();
    if (inner != null && coded != null && inner.actor().sector() == null) {
      actor = Actor.of(inner.actor().country(), coded.sector()); // "Syrian officers": SYR MIL
    }
    if (inner != null
        && coded != null
        && coded.sector() != null
        && ("LOCATION".equals(inner.type()) || origin)) {
      // "a newspaper based in Beirut": the capital places the paper, it does not govern it;
      // "doctors from American aid groups" are doctors (HLH) of the country they come from
      actor = Actor.of(inner.actor().country(), coded.sector());
    }
    if (e != null) {
      return new EventActor(e.id(), e.name(), actor);
    }
    return new EventActor(null, name, actor);
  }

  /**
   * The supporters of a former office-holder are the opposition (CAMEO's OPPOSITION_SUPPORTER): who
   * rallies for a president no longer in office acts against the one who is. Other counted groups
   * are the actor of their "of" phrase.
   */
  private static EventActor followers(Token partitive, EventActor of) {
    boolean supporters = FOLLOWERS.contains(partitive.word().toLowerCase(Locale.ROOT));
    if (!supporters || !"ELI".equals(of.actor().sector())) {
      return of;
    }
    return new EventActor(of.entity(), of.name(), Actor.of(of.actor().country(), "OPP"));
  }

  /** Whether the token is the date itself, not the event an "after X" date points at. */
  private static boolean isDateWord(DateMention d, Token t) {
    if (d == null) {
      return false;
    }
    return d.anchorText() == null || t.start() < d.end() - d.anchorText().length();
  }

  /**
   * Punctuation no noun phrase's name runs across, besides dashes (whatever the tagger calls them):
   * a dateline's comma and parentheses.
   */
  private static final Set<String> BREAKS = Set.of(",", ":", "-LRB-", "-RRB-", "``", "''");

  /**
   * The first token of the name once anything up to a break is dropped: a parse that hangs a
   * dateline on the subject ("LAGOS, Nigeria (AP) — Gunmen attacked") leaves the name "Gunmen".
   */
  private static int afterLastBreak(Sentence s, int lo, int head) {
    for (int i = head - 1; i >= lo; i--) {
      Token t = s.tokens().get(i);
      if (BREAKS.contains(t.pos()) || t.isDash()) {
        return i + 1;
      }
    }
    return lo;
  }
}
