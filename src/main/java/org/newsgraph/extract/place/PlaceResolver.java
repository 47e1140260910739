package org.newsgraph.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Location;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.rules.RuleFile;

/**
 * Resolves the places an article names to a gazetteer entry: country, coordinates. Only three kinds
 * of mention are resolved (docs/places.md): names the entity layer types LOCATION (NER or the
 * lexicon), capitalized names right after a place word ("near Cizre", place/cues.tsv), and the
 * dateline's city. Among places of one name the choice weighs population, a "City, Country" or
 * "City, State" qualifier, the countries the article names elsewhere (names, demonyms, actors) and
 * the other places it names ("Georgia" with Atlanta is the US state). Thread-safe.
 */
public final class PlaceResolver implements Stage<PlaceInput, ArticlePlaces> {
  /** Bonus for a country's name: news usually means the country ("Georgia", "Jordan"). */
  static final double COUNTRY_NAME = 1.5;

  /** Penalty for a state or province against a city of its name ("New York", "Washington"). */
  static final double DIVISION = 1.5;

  /** Bonus for a place in the country the lexicon gives a capital's name ("Moscow" is RUS). */
  static final double LEXICON_COUNTRY = 2.0;

  /** Bonus for a place in a country the article names elsewhere (names, demonyms, actors). */
  static final double COUNTRY_IN_ARTICLE = 1.0;

  /** Bonus for an area (country, state) that contains another town or state the article names. */
  static final double NEIGHBOUR = 3.0;

  /** Bonus for the place a "City, Country" or "City, State" qualifier points to. */
  static final double QUALIFIED = 10.0;

  /**
   * Towns smaller than this are not chosen by an alternate name alone ("Kashmir" is also an old
   * name of Cashmere, Washington) unless the article names their country or a qualifier points
   * there.
   */
  static final long ALTERNATE_NAME_POPULATION = 100_000;

  /** Entry kinds whose names are never places, even after "in": "in Congress", "at Reuters". */
  private static final Set<EntryKind> NOT_PLACES =
      Set.of(
          EntryKind.PERSON,
          EntryKind.INSTITUTION,
          EntryKind.TITLE,
          EntryKind.SECTOR,
          EntryKind.DEMONYM);

  /** Words after a place word that are not places ("in March"): place/not-places.txt. */
  public static final String NOT_PLACES_RESOURCE = "/place/not-places.txt";

  private final Supplier<Gazetteer> gazetteer;
  private final ActorLexicon lexicon;
  private final PlaceCues cues;
  private final DatelinePlace datelines;
  private final Set<String> notPlaces;
  private final PlaceCandidates candidates;

  /**
   * A resolver over a gazetteer, loaded on first use.
   *
   * @param gazetteer called once per article; {@link Gazetteer#shared()} loads once per process
   */
  public PlaceResolver(Supplier<Gazetteer> gazetteer, ActorLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.cues = PlaceCues.builtIn();
    this.datelines = DatelinePlace.builtIn();
    this.notPlaces = RuleFile.words(NOT_PLACES_RESOURCE);
    this.candidates = new PlaceCandidates(lexicon);
  }

  /** A resolver over the shared gazetteer and the given lexicon. */
  public static PlaceResolver standard(ActorLexicon lexicon) {
    return new PlaceResolver(Gazetteer::shared, lexicon);
  }

  @Override
  public ArticlePlaces apply(PlaceInput in) {
    Gazetteer gaz = gazetteer.get();
    ParsedArticle doc = in.doc();
    Map<String, Group> groups = new LinkedHashMap<>();
    Set<String> personWords = personWords(in.entities().entities());
    for (Entity e : in.entities().entities()) {
      if ("LOCATION".equals(e.type())) {
        addEntity(doc, e, personWords, groups);
      }
    }
    addCuedNames(doc, in, gaz, groups);
    DatelinePlace.Found dateline = datelines.find(doc.text());
    Group datelineGroup = dateline == null ? null : addDateline(doc, dateline, groups);
    Map<String, Integer> mentioned = countriesMentioned(doc, in.entities().entities(), gaz, groups);
    for (Group g : groups.values()) {
      g.candidates = candidates.named(g.name, g.lexiconCountry, g.afterComma, gaz);
      g.areas = g.qualifier == null ? List.of() : candidates.areas(g.qualifier, gaz);
      g.best = best(g, mentioned, List.of());
    }
    List<GeoName> firstPass = groups.values().stream().map(g -> g.best).toList();
    for (Group g : groups.values()) {
      g.best = best(g, mentioned, firstPass);
    }
    return build(doc, groups, datelineGroup);
  }

  /** Single words of people's names: "Jordan" alone is not a place when Michael Jordan is named. */
  private static Set<String> personWords(List<Entity> entities) {
    Set<String> words = new HashSet<>();
    for (Entity e : entities) {
      if ("PERSON".equals(e.type())) {
        for (String w : e.name().split("\\s+")) {
          words.add(Gazetteer.key(w));
        }
      }
    }
    return words;
  }

  private void addEntity(
      ParsedArticle doc, Entity e, Set<String> personWords, Map<String, Group> groups) {
    String name = stripThe(e.name());
    String qualifier = null;
    int comma = name.indexOf(", ");
    if (comma > 0) {
      qualifier = name.substring(comma + 2); // NER took "Paris, Texas" as one name
      name = name.substring(0, comma);
    }
    boolean personWord = !name.contains(" ") && personWords.contains(Gazetteer.key(name));
    List<MentionAt> mentions = new ArrayList<>();
    for (Mention m : e.mentions()) {
      if (m.text().isEmpty() || !Character.isUpperCase(m.text().charAt(0))) {
        continue; // "the country", "it": the entity's name stands for these
      }
      MentionAt at = locate(doc, m.start(), m.end());
      if (at == null || personWord && at.cue == null) {
        continue;
      }
      mentions.add(at);
      if (qualifier == null) {
        qualifier = qualifierAfter(doc, at);
      }
    }
    if (mentions.isEmpty()) {
      return;
    }
    Group g = groups.computeIfAbsent(Gazetteer.key(name), k -> new Group());
    if (g.name == null || g.name.equals(g.name.toUpperCase(Locale.ROOT))) {
      g.name = name;
    }
    g.mentions.addAll(mentions);
    g.actorCountry = e.actor() == null ? g.actorCountry : e.actor().country();
    g.qualifier = g.qualifier == null ? qualifier : g.qualifier;
    g.lexiconCountry = candidates.lexiconCountry(name);
    g.afterComma |= mentions.stream().anyMatch(m -> commaBefore(doc, m));
  }

  /** Capitalized names right after a place word that NER and the lexicon left untyped. */
  private void addCuedNames(
      ParsedArticle doc, PlaceInput in, Gazetteer gaz, Map<String, Group> groups) {
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (!untypedName(tokens.get(i))
            || in.entities().at(tokens.get(i).start(), tokens.get(i).end()) != null) {
          continue;
        }
        PlaceCues.Scope cue = cues.before(tokens, i);
        int last = i;
        while (last + 1 < tokens.size() && untypedName(tokens.get(last + 1))) {
          last++;
        }
        String name = doc.text().substring(tokens.get(i).start(), tokens.get(last).end());
        if (cue == PlaceCues.Scope.ANY && !gaz.named(name).isEmpty() && !namesSomethingElse(name)) {
          Group g = groups.computeIfAbsent(Gazetteer.key(name), k -> new Group());
          g.name = g.name == null ? name : g.name;
          MentionAt at =
              new MentionAt(tokens.get(i).start(), tokens.get(last).end(), s.index(), i, last, cue);
          g.mentions.add(at);
          g.qualifier = g.qualifier == null ? qualifierAfter(doc, at) : g.qualifier;
        }
        i = last;
      }
    }
  }

  private static boolean untypedName(Token t) {
    return t.isProperNoun()
        && Character.isUpperCase(t.word().charAt(0))
        && ("O".equals(t.ner()) || "LOCATION".equals(t.ner()));
  }

  private boolean namesSomethingElse(String name) {
    return notPlaces.contains(name.toLowerCase(Locale.ROOT))
        || lexicon.lookup(name).stream().anyMatch(e -> NOT_PLACES.contains(e.kind()));
  }

  private Group addDateline(ParsedArticle doc, DatelinePlace.Found d, Map<String, Group> groups) {
    Group g = groups.computeIfAbsent(Gazetteer.key(d.city()), k -> new Group());
    if (g.name == null) {
      g.name = d.city();
    }
    MentionAt at = locate(doc, d.start(), d.end());
    g.mentions.add(at != null ? at : new MentionAt(d.start(), d.end(), -1, -1, -1, null));
    if (d.qualifier() != null) {
      g.qualifier = d.qualifier();
    }
    if (g.lexiconCountry == null) {
      g.lexiconCountry = candidates.lexiconCountry(d.city());
    }
    return g;
  }

  /** The name after "City, " when it is capitalized: "Paris, Texas", "Caracas, Venezuela". */
  private static String qualifierAfter(ParsedArticle doc, MentionAt at) {
    if (at.sentence < 0) {
      return null;
    }
    List<Token> tokens = doc.sentences().get(at.sentence).tokens();
    int comma = at.last + 1;
    if (comma + 1 >= tokens.size() || !tokens.get(comma).word().equals(",")) {
      return null;
    }
    int last = comma + 1;
    if (!tokens.get(last).isProperNoun()) {
      return null;
    }
    while (last + 1 < tokens.size() && tokens.get(last + 1).isProperNoun()) {
      last++;
    }
    return doc.text().substring(tokens.get(comma + 1).start(), tokens.get(last).end());
  }

  /**
   * How many mentions name each country: entities' actor codes (a capital, "Venezuelan officials",
   * a minister), demonyms ("the Venezuelan navy"), and the places resolved without doubt.
   */
  private Map<String, Integer> countriesMentioned(
      ParsedArticle doc, List<Entity> entities, Gazetteer gaz, Map<String, Group> groups) {
    Map<String, Integer> counts = new HashMap<>();
    for (Entity e : entities) {
      if (e.actor() != null && e.actor().country() != null) {
        counts.merge(e.actor().country(), 1, Integer::sum);
      }
    }
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if ((t.pos().startsWith("JJ") || t.isProperNoun())
            && Character.isUpperCase(t.word().charAt(0))) {
          for (LexiconEntry e : lexicon.lookup(t.word())) {
            if (e.kind() == EntryKind.DEMONYM && e.country() != null) {
              counts.merge(e.country(), 1, Integer::sum);
            }
          }
        }
      }
    }
    for (Group g : groups.values()) {
      if (g.qualifier != null) {
        String c = candidates.lexiconCountry(g.qualifier);
        if (c != null) {
          counts.merge(c, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private GeoName best(Group g, Map<String, Integer> mentioned, List<GeoName> others) {
    GeoName best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GeoName c : g.candidates) {
      boolean supported =
          mentioned.getOrDefault(c.country(), 0) > 0 || g.areas.stream().anyMatch(c::within);
      if (!supported && smallTownByAlternateName(c, g.name)) {
        continue;
      }
      double score = Math.log10(c.population() + 10.0);
      score += c.isCountry() ? COUNTRY_NAME : 0;
      score -= c.isDivision() ? DIVISION : 0;
      score += g.lexiconCountry == null && c.country().equals(g.actorCountry) ? LEXICON_COUNTRY : 0;
      int own = c.country().equals(g.actorCountry) ? 1 : 0;
      score += mentioned.getOrDefault(c.country(), 0) > own ? COUNTRY_IN_ARTICLE : 0;
      score += g.areas.stream().anyMatch(c::within) ? QUALIFIED : 0;
      score += neighbours(c, g.best, others) ? NEIGHBOUR : 0;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Whether a candidate is a small town the name matched only as one of its alternate names: too
   * weak a match to choose it without support from the article.
   */
  private static boolean smallTownByAlternateName(GeoName c, String name) {
    return !c.isArea()
        && c.population() < ALTERNATE_NAME_POPULATION
        && !Gazetteer.key(c.name()).equals(Gazetteer.key(name));
  }

  /**
   * Whether another town or division the article names lies in the candidate area: Atlanta in
   * Georgia, US; Tbilisi in Georgia. Not the other way round: a US article naming Kentucky does not
   * make "Paris" Paris, Kentucky (a qualifier does), nor does naming China make "Mali" a Chinese
   * town.
   */
  private static boolean neighbours(GeoName c, GeoName own, List<GeoName> others) {
    if (!c.isArea()) {
      return false;
    }
    for (GeoName o : others) {
      if (o != null && o != own && !o.isCountry() && !o.equals(c) && o.within(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean commaBefore(ParsedArticle doc, MentionAt m) {
    return m.sentence >= 0
        && m.first > 0
        && doc.sentences().get(m.sentence).tokens().get(m.first - 1).word().equals(",");
  }

  private MentionAt locate(ParsedArticle doc, int start, int end) {
    Sentence s = doc.sentenceAt(start);
    if (s == null) {
      return null;
    }
    int first = -1;
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.end() > start && t.start() < end) {
        first = first < 0 ? t.index() : first;
        last = t.index();
      }
    }
    if (first < 0) {
      return null;
    }
    return new MentionAt(start, end, s.index(), first, last, cues.before(s.tokens(), first));
  }

  private static ArticlePlaces build(ParsedArticle doc, Map<String, Group> groups, Group dateline) {
    List<Place> places = new ArrayList<>();
    List<ArticlePlaces.Found> found = new ArrayList<>();
    Location datelineLocation = null;
    for (Group g : groups.values()) {
      if (g.best == null && g.lexiconCountry == null && g.actorCountry == null && !g.cued()) {
        continue; // "Paris Hilton": no gazetteer entry, no country, never after a place word
      }
      Location where = g.location();
      g.mentions.sort(Comparator.comparingInt(MentionAt::start));
      List<Mention> mentions = new ArrayList<>();
      for (MentionAt m : g.mentions) {
        Mention mention = Mention.of(doc.text(), m.start, m.end);
        if (mentions.stream().noneMatch(x -> x.start() == m.start)) {
          mentions.add(mention);
        }
        if (m.sentence >= 0) {
          found.add(new ArticlePlaces.Found(where, mention, m.sentence, m.first, m.last, m.cue));
        }
      }
      places.add(new Place(where.name(), where.country(), where.lat(), where.lon(), mentions));
      if (g == dateline) {
        datelineLocation = where;
      }
    }
    places.sort(Comparator.comparingInt(p -> p.mentions().get(0).start()));
    found.sort(Comparator.comparingInt(f -> f.mention().start()));
    return new ArticlePlaces(places, found, datelineLocation);
  }

  static String stripThe(String name) {
    return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
  }

  /** One mention of a place: offsets, sentence, tokens, and the place word before it. */
  private record MentionAt(
      int start, int end, int sentence, int first, int last, PlaceCues.Scope cue) {}

  /** The mentions of one name, and what is known of it. */
  private static final class Group {
    String name;
    String lexiconCountry;
    String actorCountry;
    String qualifier;
    boolean afterComma;
    final List<MentionAt> mentions = new ArrayList<>();
    List<GeoName> candidates = List.of();
    List<GeoName> areas = List.of();
    GeoName best;

    boolean cued() {
      return mentions.stream().anyMatch(m -> m.cue() != null);
    }

    Location location() {
      String shown = shownName();
      if (best == null) {
        return new Location(
            shown, lexiconCountry != null ? lexiconCountry : actorCountry, null, null);
      }
      boolean located = !Double.isNaN(best.lat());
      return new Location(
          shown,
          best.country(),
          located ? round(best.lat()) : null,
          located ? round(best.lon()) : null);
    }

    /**
     * The name in capitals written as the place's own ("CARACAS" as "Caracas", "N.Y." as "New
     * York"), but a town found by an alternate name keeps the article's ("FAIRVIEW", filed under
     * Wayne, as "Fairview").
     */
    private String shownName() {
      if (!name.equals(name.toUpperCase(Locale.ROOT))) {
        return name;
      }
      boolean abbreviation = name.contains(".") || name.length() <= 3;
      boolean own = best != null && Gazetteer.key(best.name()).equals(Gazetteer.key(name));
      if (best != null && !best.name().isEmpty() && (own || abbreviation)) {
        return best.name();
      }
      return abbreviation ? name : titleCase(name);
    }

    /** "FAIRVIEW" as "Fairview", when the place chosen goes by another name (Wayne, W.Va.). */
    private static String titleCase(String name) {
      StringBuilder out = new StringBuilder(name.length());
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        boolean first = i == 0 || !Character.isLetter(name.charAt(i - 1));
        out.append(first ? c : Character.toLowerCase(c));
      }
      return out.toString();
    }

    private static double round(double degrees) {
      return Math.round(degrees * 10_000) / 10_000.0;
    }
  }
}
