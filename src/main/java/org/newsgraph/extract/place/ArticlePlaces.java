package org.newsgraph.extract.place;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Location;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;

/**
 * The places of one article, resolved, with where each is mentioned, and the place an event in a
 * given clause happened. Offsets are UTF-16 indexes into the article text.
 */
public final class ArticlePlaces {
  /** Relations a place may hang from on its way up to the event's clause head. */
  private static final Set<String> NOMINAL_PATH =
      Set.of("obl", "nmod", "compound", "flat", "appos", "conj");

  /** Bound on the walk up the parse: deeper is a parse gone wrong. */
  private static final int MAX_DEPTH = 8;

  /**
   * One resolved mention.
   *
   * @param first its first token in the sentence
   * @param last its last token
   * @param cue the scope of the place word before it, or null
   */
  record Found(
      Location location, Mention mention, int sentence, int first, int last, PlaceCues.Scope cue) {}

  private static final ArticlePlaces NONE = new ArticlePlaces(List.of(), List.of(), null);

  private final List<Place> places;
  private final List<Found> found;
  private final Location dateline;

  ArticlePlaces(List<Place> places, List<Found> found, Location dateline) {
    this.places = List.copyOf(places);
    this.found = List.copyOf(found);
    this.dateline = dateline;
  }

  /** No places: for callers that resolve none. */
  public static ArticlePlaces none() {
    return NONE;
  }

  /** Every place the article names, in order of first mention. */
  public List<Place> places() {
    return places;
  }

  /** The dateline's place, or null. */
  public Location dateline() {
    return dateline;
  }

  /**
   * Where an event whose clause is headed by token {@code head} of the sentence happened: a place
   * after a place word attached to that clause (basis "clause"), else a place after "in", "near",
   * "off" ... elsewhere in the sentence ("sentence"), else the dateline's ("dateline"); null when
   * there is none.
   */
  public Location of(Sentence s, int head) {
    Location inClause = inClause(s, head);
    if (inClause != null) {
      return inClause;
    }
    for (Found f : found) {
      if (f.sentence() == s.index() && f.cue() == PlaceCues.Scope.ANY) {
        return f.location().withBasis("sentence");
      }
    }
    return dateline == null ? null : dateline.withBasis("dateline");
  }

  /**
   * A place after a place word whose parse attaches it to the clause headed by {@code head},
   * through nominal relations only ("seized a tanker off the coast of Venezuela"), or null.
   */
  public Location inClause(Sentence s, int head) {
    for (Found f : found) {
      if (f.sentence() == s.index() && f.cue() != null && attached(s, f, head)) {
        return f.location().withBasis("clause");
      }
    }
    return null;
  }

  private static boolean attached(Sentence s, Found f, int head) {
    int token = f.last();
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      Dependency up = s.headOf(token);
      if (up == null) {
        return false;
      }
      boolean inside = up.governor() >= f.first() && up.governor() <= f.last();
      if (!inside && !NOMINAL_PATH.contains(up.relation().split(":", 2)[0])) {
        return false;
      }
      if (up.governor() == head) {
        return true;
      }
      token = up.governor();
    }
    return false;
  }
}
