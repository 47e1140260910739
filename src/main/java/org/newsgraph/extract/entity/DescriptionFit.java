package org.newsgraph.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;

/**
 * How well a person fits a description that names a seat-holder ("the Vermont senator", "the
 * senator from Ohio", "the press secretary"): the role must be one of the person's titles, however
 * written ("Sen.", "senator"); a place the description names should be in that title too ("Vermont
 * Sen. Bernie Sanders"). Articles often give the place only in the epithet, so a role without the
 * place still fits, less well; and a person the article gives no title at all may still be the one
 * a place-bearing epithet names, least well.
 */
final class DescriptionFit {
  /** The person does not fit. */
  static final int NONE = -1;

  /** The person has no title, and the description names a place: a guess, by recency. */
  static final int UNTITLED = 0;

  /** One of the person's titles is the role, without the place the description names. */
  static final int ROLE = 1;

  /** One of the person's titles is the role, with the place if the description names one. */
  static final int FULL = 2;

  private final LexiconView lexicon;
  private final String role;
  private final String roleName;
  private final List<String> places;
  private final String past;

  /**
   * @param role the description's title words, lower case ("senator", "press secretary")
   * @param places the places it names, lower case ("vermont"), maybe none
   * @param past the word that makes the role a past one ("former"), which the title must have too
   *     (the former president is not the president), or null
   */
  DescriptionFit(LexiconView lexicon, String role, List<String> places, String past) {
    this.lexicon = lexicon;
    this.role = role;
    this.roleName = titleName(role).orElse(null);
    this.places = List.copyOf(places);
    this.past = past;
  }

  /** The fit of a person known by these titles (null entries are mentions without one). */
  int of(List<String> titles) {
    boolean titled = false;
    int best = NONE;
    for (String title : titles) {
      if (title == null) {
        continue;
      }
      String t = title.toLowerCase(Locale.ROOT);
      boolean roleFits =
          (t.contains(role) || roleName != null && hasTitleWord(title, roleName::equals))
              && (past == null || t.contains(past));
      titled |= roleFits || hasTitleWord(title, name -> true);
      if (roleFits) {
        best = Math.max(best, places.stream().allMatch(t::contains) ? FULL : ROLE);
      }
    }
    return best == NONE && !titled && !places.isEmpty() ? UNTITLED : best;
  }

  /** The canonical name of the lexicon title a phrase is ("Sen." and "senator": "senator"). */
  private Optional<String> titleName(String phrase) {
    return lexicon.find(phrase, EntryKind.TITLE).map(LexiconEntry::name);
  }

  /**
   * Whether a word of the title is a lexicon title whose canonical name passes the test ("Vermont
   * Sen." has "senator").
   */
  private boolean hasTitleWord(String title, Predicate<String> name) {
    for (String w : title.split("\\s+")) {
      if (titleName(w).filter(name).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
