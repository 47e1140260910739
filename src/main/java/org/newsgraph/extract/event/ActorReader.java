package org.newsgraph.extract.event;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Location;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * Who an event's role word stands for: the entity at it, the actor inside its phrase ("Syrian
 * officials"), a pronoun's antecedent, "both leaders" as the two people just named, with the
 * country the context gives a national sector that has none.
 */
final class ActorReader {
  /** Pronouns that stand for an actor named before them: "they said they would release". */
  private static final Set<String> PRONOUNS =
      Set.of("it", "its", "they", "their", "them", "he", "his", "him", "she", "her");

  /**
   * Sectors whose actor belongs to a country, taken from context when the phrase has none; refugees
   * take the country the sentence places them in ("aid to refugees fleeing the war in Liberia"),
   * parties theirs ("urged the parties to the conflict in Iraq"); a former president is an elite
   * (ELI) of his country; doctors, peasants, clerics and spies are a country's too (criminals are
   * placed where they act).
   */
  private static final Set<String> NATIONAL_SECTORS =
      Set.of(
          "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CVL", "EDU", "MED", "BUS", "LAB", "REF",
          "POL", "ELI", "HLH", "AGR", "REL", "SPY");

  /** Nouns that count or gather the actor named after "of" ({@code event/partitive-nouns.tsv}). */
  private static final Set<String> PARTITIVES = RuleFile.words("/event/partitive-nouns.tsv");

  /**
   * Nouns for an actor's being or coming somewhere, coded by their "of" phrase as partitives are:
   * "opposed the deployment of Nigerian troops" ({@code event/presence-nouns.tsv}).
   */
  private static final Set<String> PRESENCES = RuleFile.words("/event/presence-nouns.tsv");

  /** Civilians who keep their own country where they are ({@code event/visitor-nouns.tsv}). */
  private static final Set<String> VISITORS = RuleFile.words("/event/visitor-nouns.tsv");

  /** Weapons and blasts that act with no one named behind them ({@code event/device-nouns.tsv}). */
  private static final Set<String> DEVICES = RuleFile.words("/event/device-nouns.tsv");

  /** Sectors of sources placed where they act, as a bomb is: unnamed armed men and criminals. */
  private static final Set<String> PLACED_SECTORS = Set.of("UAF", "CRM");

  /** Counted groups that follow someone: "supporters of former President X" are opposition. */
  private static final Set<String> FOLLOWERS = Set.of("supporters", "followers");

  /**
   * Words for one of a country's people after its name: "a US national", "a French citizen" ({@code
   * event/citizen-nouns.tsv}).
   */
  private static final Set<String> CITIZEN_WORDS = RuleFile.words("/event/citizen-nouns.tsv");

  private final PhraseCoder phrases;
  private final SectorCountry sectorCountry;

  ActorReader(PhraseCoder phrases) {
    this.phrases = phrases;
    this.sectorCountry = new SectorCountry(phrases);
  }

  /**
   * For a subject "both leaders" / "the two presidents": the last two people with actor codes named
   * before the sentence, the earlier named first; null when the subject is not such a pair.
   */
  static EventActor[] bothNamedBefore(EventInput in, Sentence s, int subject) {
    Token head = s.tokens().get(subject);
    if (!head.pos().equals("NNS")) {
      return null;
    }
    boolean pair = false;
    for (Dependency d : s.childrenOf(subject)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      pair |= w.equals("both") || w.equals("two");
    }
    if (!pair) {
      return null;
    }
    Entity last = null;
    Entity before = null;
    int lastAt = -1;
    int beforeAt = -1;
    for (Entity e : in.entities().entities()) {
      if (!"PERSON".equals(e.type()) || e.actor() == null) {
        continue;
      }
      int at = -1;
      for (org.newsgraph.model.Mention m : e.mentions()) {
        if (m.end() <= s.start() && s.start() - m.end() < 1_500) {
          at = Math.max(at, m.start());
        }
      }
      if (at > lastAt) {
        before = last;
        beforeAt = lastAt;
        last = e;
        lastAt = at;
      } else if (at > beforeAt) {
        before = e;
        beforeAt = at;
      }
    }
    if (before == null || beforeAt < 0) {
      return null;
    }
    Entity first = beforeAt < lastAt ? before : last;
    Entity second = first == before ? last : before;
    return new EventActor[] {
      new EventActor(first.id(), first.name(), first.actor()),
      new EventActor(second.id(), second.name(), second.actor())
    };
  }

  EventActor actor(ParsedArticle doc, EventInput in, Sentence s, int token) {
    EventActor a = citizen(s, token, residence(in, s, token, plainActor(doc, in, s, token)));
    if (a == null && token >= 0) {
      a = nationOfCitizen(doc, in, s, token);
    }
    if (token >= 0 && (a == null || a.actor() == null && a.entity() == null)) {
      EventActor referent = referent(doc, in, s, token, a);
      a = referent != null ? referent : a;
    }
    return withCountry(in, s, token, a);
  }

  /** Whether the word names a weapon or blast ({@code event/device-nouns.tsv}). */
  static boolean isDevice(Token t) {
    return DEVICES.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /**
   * A source that is a weapon or blast with no actor ("a roadside bombing near the Iraqi town ...
   * killed") stands for the country the sentence places it in, with no sector: a country named in
   * its own phrase, else the nearest one the sentence names other than a coded target's (the
   * victims' nationality is not where the bomb went off). Unnamed armed men and criminals ("gunmen"
   * UAF, "pirates" CRM) keep their sector and take the place of their act first.
   */
  EventActor deviceSource(
      EventInput in, Sentence s, int token, EventActor source, EventActor target) {
    if (token < 0 || source == null || source.entity() != null) {
      return source;
    }
    // "gunmen", "pirates": armed men or criminals no one names are placed as a bomb is
    boolean unnamed =
        source.actor() != null
            && source.actor().sector() != null
            && PLACED_SECTORS.contains(source.actor().sector())
            && source.actor().country() == null;
    if (!unnamed && (source.actor() != null || !isDevice(s.tokens().get(token)))) {
      return source;
    }
    String country = null;
    int[] span = s.extent(token, d -> true);
    for (int i = span[0]; i <= span[1] && country == null; i++) {
      country = sectorCountry.namedBy(in, s.tokens().get(i));
    }
    Dependency up = s.headOf(token);
    Location where =
        !unnamed || up == null ? null : PlaceTargets.place(in, s, up.governor(), -1, -1);
    if (country == null && where != null) {
      country = where.country(); // "gunmen killed two police officers in Karachi"
    }
    if (country == null && target != null && target.actor() != null) {
      // with no coded target, whose country to pass over is unknown: leave the source uncoded
      country = phrases.nearestCountry(s, token, in.entities(), target.actor().country());
    }
    return country == null
        ? source
        : new EventActor(
            null, source.name(), Actor.of(country, unnamed ? source.actor().sector() : null));
  }

  /**
   * "the government", "President X" with no country: the country the context names ({@link
   * SectorCountry}).
   */
  EventActor withCountry(EventInput in, Sentence s, int token, EventActor a) {
    if (a != null
        && a.actor() != null
        && a.actor().country() == null
        && NATIONAL_SECTORS.contains(a.actor().sector())
        && (a.name() == null || !SectorCountry.unplaced(a.name()))) {
      String country = sectorCountry.of(in, s, token);
      if (country != null) {
        return new EventActor(a.entity(), a.name(), Actor.of(country, a.actor().sector()));
      }
    }
    return a;
  }

  /**
   * An ethnic group is coded by the country it lives in, as CAMEO codes minorities ("ethnic
   * Albanians in southern Serbia" SRB CVL, "the Albanians of Kosovo"): the country its phrase
   * places it in, else, for "ethnic ...", the nearest other country the sentence names. Forces,
   * officials and workers abroad ("American soldiers in Iraq") and settlers, tourists and nationals
   * keep their own country.
   */
  private EventActor residence(EventInput in, Sentence s, int token, EventActor a) {
    if (a == null || a.actor() == null || a.actor().country() == null || token < 0) {
      return a;
    }
    Token t = s.tokens().get(token);
    if (a.actor().sector() != null && !a.actor().sector().equals("CVL")
        || VISITORS.contains(t.word().toLowerCase(Locale.ROOT))) {
      return a; // "American soldiers in Iraq", "Israeli settlers in the West Bank" keep their own
    }
    // a people, not a thing of theirs: "Libyan positions in Chad" stay Libya's
    boolean people =
        t.pos().equals("NNPS")
            || t.pos().equals("NNS")
                && ("CVL".equals(a.actor().sector()) || phrases.nationOf(t) != null);
    String placed = null;
    boolean ethnic = false;
    for (Dependency d : s.childrenOf(token)) {
      Token dt = s.tokens().get(d.dependent());
      ethnic |= dt.word().equalsIgnoreCase("ethnic");
      String prep = RoleReader.caseOf(s, d.dependent());
      Entity e = in.entities().at(dt.start(), dt.end());
      if (d.relation().equals("nmod")
          && ("in".equals(prep) || "of".equals(prep))
          && e != null
          && "LOCATION".equals(e.type())
          && e.actor() != null) {
        placed = e.actor().country();
      }
    }
    ethnic |= token > 0 && s.tokens().get(token - 1).word().equalsIgnoreCase("ethnic");
    String own = a.actor().country();
    String country =
        placed != null && people
            ? placed
            : ethnic ? phrases.nearestCountry(s, token, in.entities(), own) : null;
    if (country == null || country.equals(own) && a.actor().sector() != null) {
      return a;
    }
    String sector = a.actor().sector() == null ? "CVL" : a.actor().sector();
    return new EventActor(a.entity(), a.name(), Actor.of(country, sector));
  }

  /**
   * A town or city as a role stands for its people, as the PLOVER gold codes cities (its readme:
   * "cities in general go to sector CVL", a capital GOV only as subject or direct object): a place
   * named after "in", "to", "at" ... that is not a country ("a curfew in Algiers", "voting in East
   * Jerusalem"), or a town the lexicon does not know whose country the place resolver found ("the
   * town of Cizre"). Null for anything else.
   */
  EventActor town(EventInput in, Sentence s, int token, Entity e) {
    if (!"LOCATION".equals(e.type()) || phrases.isCountryName(e.name())) {
      return null;
    }
    if (e.actor() == null) {
      String country = resolvedCountry(in, e);
      for (String w : e.name().split("\\s+")) {
        String named = phrases.countryNamed(w);
        if (named != null && !named.equals(country)) {
          return null; // "South Lebanon" is not the town in Ohio the gazetteer found
        }
      }
      return country == null ? null : new EventActor(e.id(), e.name(), Actor.of(country, "CVL"));
    }
    // the preposition hangs on the name's head, not on "East" of "East Jerusalem"
    for (int i = token; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (!e.equals(in.entities().at(t.start(), t.end()))) {
        break;
      }
      String prep = RoleReader.caseOf(s, i);
      if (prep != null && EventExtractor.PLACE_CASES.contains(prep)) {
        return new EventActor(e.id(), e.name(), Actor.of(e.actor().country(), "CVL"));
      }
    }
    return null;
  }

  /** The country the place resolver gave a mention of the entity, or null. */
  private static String resolvedCountry(EventInput in, Entity e) {
    for (Place p : in.places().places()) {
      if (p.country() == null) {
        continue;
      }
      for (Mention pm : p.mentions()) {
        if (e.mentions().stream().anyMatch(em -> em.start() == pm.start())) {
          return p.country();
        }
      }
    }
    return null;
  }

  /**
   * Whom a pronoun left uncoded stands for: "I" or "we" inside a quotation its speaker, "they" or
   * "it" an actor named before it.
   */
  private EventActor referent(
      ParsedArticle doc, EventInput in, Sentence s, int token, EventActor a) {
    EventActor speaker =
        QuotedFirstPerson.speaker(s.tokens().get(token), in.quotes(), in.entities());
    if (speaker != null) {
      return speaker;
    }
    return a != null && isPronoun(s, token) ? antecedent(doc, in, s, token) : null;
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
      // "Thursday's call": a date, not a participant; but wire copy's "Israel Friday reimposed"
      // makes the date the head of the subject, and the name before it acts
      int name = token > 0 ? token - 1 : -1;
      Dependency up = name < 0 ? null : s.headOf(name);
      boolean named = up != null && up.governor() == token && up.relation().equals("compound");
      return named ? plainActor(doc, in, s, name) : null;
    }
    Entity e = in.entities().at(t.start(), t.end());
    EventActor place = e == null ? null : town(in, s, token, e);
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
        if (RoleReader.isOfPhrase(s, d)) {
          EventActor of = plainActor(doc, in, s, d.dependent());
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
        String prep = RoleReader.caseOf(s, d.dependent());
        boolean locative = prep != null && EventExtractor.PLACE_CASES.contains(prep);
        if (x != null
            && x.actor() != null
            && !locative
            && !RoleReader.aimsAt(prep) // "crimes against Serb civilians" are not theirs
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
    String name = doc.text().substring(s.tokens().get(lo).start(), t.end());
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

  /**
   * "A US national", "a French citizen": a nation word the parser made the head of the phrase,
   * followed by a word for one of its people, stands for that country's civilians (CVL), not for
   * the country.
   */
  private static EventActor citizen(Sentence s, int token, EventActor a) {
    if (a == null || a.actor() == null || a.actor().sector() != null || token < 0) {
      return a;
    }
    int next = token + 1;
    if (next >= s.tokens().size()
        || !CITIZEN_WORDS.contains(s.tokens().get(next).word().toLowerCase(Locale.ROOT))
        || next + 1 < s.tokens().size() && s.tokens().get(next + 1).isNoun()) {
      return a; // "the French national team" is no citizen
    }
    return new EventActor(a.entity(), a.name(), Actor.of(a.actor().country(), "CVL"));
  }

  /**
   * "a US national" parsed with "national" as the head: the nation word hung on it names the
   * country whose civilian (CVL) this is.
   */
  private EventActor nationOfCitizen(ParsedArticle doc, EventInput in, Sentence s, int token) {
    if (!CITIZEN_WORDS.contains(s.tokens().get(token).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (Dependency d : s.childrenOf(token)) {
      if (d.relation().equals("compound") || d.relation().equals("amod")) {
        EventActor nation = plainActor(doc, in, s, d.dependent());
        if (nation != null && nation.actor() != null && nation.actor().country() != null) {
          return new EventActor(
              nation.entity(), nation.name(), Actor.of(nation.actor().country(), "CVL"));
        }
      }
    }
    return null;
  }

  /** Whether the token is the date itself, not the event an "after X" date points at. */
  private static boolean isDateWord(DateMention d, Token t) {
    if (d == null) {
      return false;
    }
    return d.anchorText() == null || t.start() < d.end() - d.anchorText().length();
  }
}
