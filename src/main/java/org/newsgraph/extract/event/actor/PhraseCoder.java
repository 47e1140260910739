package org.newsgraph.extract.event.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;
import org.newsgraph.extract.event.Prepositions;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * Codes a role the entity layer left without an actor code, from the words of its phrase: a
 * national modifier gives the country ("Israeli helicopters", "Palestinian homes"), the head noun
 * or a modifier the sector ("rebel leaders" REB, "tanks" MIL), a plural demonym is that country's
 * civilians ("Palestinians"); a sector without a country takes the nearest country the sentence
 * names, else the one the article names most.
 */
public final class PhraseCoder {
  /**
   * Words read before the head for a national or sector modifier ("the Israeli army bulldozers").
   */
  private static final int MAX_MODIFIER_TOKENS = 6;

  /** Words that make the office after them a past one. */
  private static final Set<String> PAST_MARKERS = Set.of("former", "ex", "ex-", "late");

  /** Words naming a faith: forces named by one are that community's armed men (REB). */
  private static final Set<String> FAITHS = RuleFile.words("/event/faith-words.tsv");

  private final ActorLexicon lexicon;
  private final Map<String, String> nounSectors;

  PhraseCoder(ActorLexicon lexicon, Map<String, String> nounSectors) {
    this.lexicon = lexicon;
    this.nounSectors = Map.copyOf(nounSectors);
  }

  /** The coder with the built-in noun table {@code event/actor-nouns.tsv}. */
  public static PhraseCoder builtIn(ActorLexicon lexicon) {
    return new PhraseCoder(lexicon, RuleFile.sectors("/event/actor-nouns.tsv"));
  }

  /** The actor of the nominal phrase headed by token {@code head}, or null. */
  Actor code(Sentence s, int head, EntityLayer entities) {
    Token h = s.tokens().get(head);
    String country = null;
    int from = head;
    while (from > 0
        && head - from < MAX_MODIFIER_TOKENS
        && isModifier(s.tokens().get(from - 1))
        && hangsOn(s, from - 1, head)) {
      from--;
    }
    // "former President Ben Bella" holds no office: CAMEO codes FORMER_PRESIDENT ELI, not GOV
    boolean past = false;
    for (int i = from; i < head; i++) {
      past |= PAST_MARKERS.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT));
    }
    String sector = compoundSector(s, from, head);
    for (int i = from; i < head; i++) {
      Token t = s.tokens().get(i);
      if (country == null && i + 1 < head) {
        country = pairNation(s, i); // "South Korean army officers", not the nearest "North Korea"
      }
      if (country == null && !ForeignModifiers.isForeign(s, i)) {
        country = countryOf(t, entities);
      }
      if (sector == null) {
        sector = sectorOf(t.word());
      }
    }
    for (Dependency d : s.childrenOf(head)) {
      boolean owner = d.relation().equals("nmod:poss") || Prepositions.isOfPhrase(s, d);
      if (country == null && owner) {
        // "officers of Sudan", "Sudan's officers"; not "a curfew in Algiers", a place
        country = countryOf(s.tokens().get(d.dependent()), entities);
      }
    }
    String headSector = sectorOf(h.word());
    headSector = headSector != null ? headSector : titleSector(h.word()); // "a Pakistani judge"
    headSector = headSector != null ? headSector : officeOf(s, head); // "the US secretary of state"
    if (sector == null) {
      sector = headSector;
    }
    if ("MIL".equals(sector) && namesFaith(s, from, head)) {
      sector = "REB"; // "Moslem forces": a community's armed men, not a state's army
    }
    if (past && sector != null) {
      sector = sector.equals("GOV") ? "ELI" : null; // a former office-holder is an elite
    }
    if (country == null && sector == null) {
      LexiconEntry e = entry(h.word(), EntryKind.DEMONYM);
      if (e != null && h.pos().endsWith("S")) {
        return Actor.of(e.country(), "CVL"); // "Palestinians": the people of that country
      }
      country = countryOf(h, entities);
      return country == null ? null : Actor.of(country, null);
    }
    return Actor.of(country, sector);
  }

  /**
   * The country for an actor that has a sector and none: the country named nearest the token in the
   * sentence, else the one the article's entities name most; null when there is none.
   */
  public String nearestCountry(Sentence s, int token, EntityLayer entities, String avoid) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : s.tokens()) {
      String country = countryAt(t, entities);
      if (country == null) {
        continue;
      }
      int distance = Math.abs(t.index() - token);
      if (distance < bestDistance && !country.equals(avoid)) {
        best = country;
        bestDistance = distance;
      }
    }
    if (best != null) {
      return best;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Entity e : entities.entities()) {
      if (e.actor() != null && e.actor().country() != null) {
        counts.merge(e.actor().country(), e.mentions().size(), Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .filter(x -> !x.getKey().equals(avoid))
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * The country a token names: its entity's, or a national word the entity layer leaves alone
   * ("banned Ugandan candidates") or inside an organisation it could not code ("the Kenya
   * Anti-Corruption Commission"); not a person's name ("Michael Jordan").
   */
  private String countryAt(Token t, EntityLayer entities) {
    Entity e = entities.at(t.start(), t.end());
    if (e != null && e.actor() != null) {
      return e.actor().country();
    }
    return e == null || "ORGANIZATION".equals(e.type()) ? nationOf(t) : null;
  }

  /** Whether a word before the head names a faith: "Moslem forces", "Christian militias". */
  private static boolean namesFaith(Sentence s, int from, int head) {
    for (int i = from; i < head; i++) {
      if (FAITHS.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word before the head belongs to its phrase: its chain of heads reaches the head
   * without leaving the words read for modifiers ("Turkish and Greek sides": "Greek" hangs on
   * "Turkish"). In "French warplanes bombed Libyan positions" the subject before the verb is no
   * modifier of "positions".
   */
  private static boolean hangsOn(Sentence s, int word, int head) {
    int at = word;
    for (int steps = 0; steps <= MAX_MODIFIER_TOKENS; steps++) {
      Dependency up = s.headOf(at);
      if (up == null || up.governor() < head - MAX_MODIFIER_TOKENS || up.governor() > head) {
        return false;
      }
      if (up.governor() == head) {
        return true;
      }
      at = up.governor();
    }
    return false;
  }

  /**
   * Nouns, adjectives and participles used as adjectives ("the ruling party", "armed groups"), and
   * the hyphen of a compound modifier.
   */
  private static boolean isModifier(Token t) {
    return t.pos().startsWith("NN")
        || t.pos().equals("JJ")
        || t.pos().equals("POS")
        || t.pos().equals("VBG")
        || t.pos().equals("VBN")
        || t.pos().equals("HYPH"); // "rebel-held territory": the rebels' (REB)
  }

  /** Whether the name is a country's ("Turkey", "the United States"), not a town's or region's. */
  public boolean isCountryName(String name) {
    return lexicon.lookup(name).stream().anyMatch(e -> e.kind() == EntryKind.COUNTRY);
  }

  /** The country a country name names ("Lebanon"), or null. */
  String countryNamed(String name) {
    LexiconEntry e = entry(name, EntryKind.COUNTRY);
    return e == null ? null : e.country();
  }

  /** The country a demonym, country or capital word names ("Peruvian"), or null. */
  public String nationOf(Token t) {
    for (EntryKind kind : List.of(EntryKind.DEMONYM, EntryKind.COUNTRY, EntryKind.CAPITAL)) {
      LexiconEntry x = entry(t.word(), kind);
      if (x != null) {
        return x.country();
      }
    }
    return null;
  }

  /** The country two words from token i name together ("South Korean", "Sri Lankan"), or null. */
  private String pairNation(Sentence s, int i) {
    String pair = s.tokens().get(i).word() + " " + s.tokens().get(i + 1).word();
    for (EntryKind kind : List.of(EntryKind.DEMONYM, EntryKind.COUNTRY)) {
      LexiconEntry x = entry(pair, kind);
      if (x != null) {
        return x.country();
      }
    }
    return null;
  }

  private String countryOf(Token t, EntityLayer entities) {
    Entity e = entities.at(t.start(), t.end());
    if (e != null && e.actor() != null && e.actor().country() != null) {
      return e.actor().country();
    }
    return nationOf(t);
  }

  /**
   * The sector of the head with the one or two words before it, when the lexicon lists them
   * together as a sector noun or a title: "a human rights group" (NGO), "business leaders" (BUS),
   * not "leaders" (GOV); "the Indian foreign secretary" (GOV).
   */
  private String compoundSector(Sentence s, int from, int head) {
    for (int k = Math.min(2, head - from); k >= 1; k--) {
      StringBuilder phrase = new StringBuilder();
      for (int i = head - k; i <= head; i++) {
        phrase.append(i > head - k ? " " : "").append(s.tokens().get(i).word());
      }
      String sector = sectorOf(phrase.toString());
      sector = sector != null ? sector : titleSector(phrase.toString());
      if (sector != null) {
        return sector;
      }
    }
    return null;
  }

  /**
   * The sector of a title written with its "of" phrase after the head ("secretary of state",
   * "minister of the interior"), or null.
   */
  private String officeOf(Sentence s, int head) {
    for (Dependency d : s.childrenOf(head)) {
      if (d.dependent() > head && Prepositions.isOfPhrase(s, d)) {
        StringBuilder phrase = new StringBuilder();
        for (int i = head; i <= d.dependent(); i++) {
          phrase.append(i > head ? " " : "").append(s.tokens().get(i).word());
        }
        return titleSector(phrase.toString());
      }
    }
    return null;
  }

  /**
   * The sector of an office the lexicon lists as a title ("foreign secretary", "defence minister"),
   * or null: an unnamed holder of the office is coded as a named one is.
   */
  private String titleSector(String phrase) {
    LexiconEntry e = entry(phrase, EntryKind.TITLE);
    return e == null ? null : e.sector();
  }

  /** Whether the noun names civilians or the places they live in ("town", "villagers"). */
  public boolean namesCivilians(Token t) {
    return t.isNoun() && !t.isProperNoun() && "CVL".equals(sectorOf(t.word()));
  }

  /** The sector a noun names: the entity lexicon's sector nouns, then this table. */
  private String sectorOf(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String form : List.of(w, w + "s")) {
      LexiconEntry e = entry(form, EntryKind.SECTOR);
      if (e != null && e.sector() != null) {
        return e.sector();
      }
    }
    return nounSectors.get(w);
  }

  private LexiconEntry entry(String word, EntryKind kind) {
    for (LexiconEntry e : lexicon.lookup(word)) {
      if (e.kind() == kind) {
        return e;
      }
    }
    return null;
  }
}
