package org.newsgraph.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;
import org.newsgraph.model.Actor;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds collective actors named by a sector noun and a national modifier: "U.S. forces" (USA MIL),
 * "the Venezuelan government" and "the Maduro government" (VEN GOV), "Argentina's police". Reads
 * the words before the noun, so it needs no parse.
 */
final class GroupFinder {
  /** Parts of speech a modifier run before the sector noun may hold. */
  private static final Set<String> MODIFIER_TAGS = Set.of("NNP", "NNPS", "JJ", "NN", "POS");

  /** Longest modifier run read, in tokens ("the interim Venezuelan opposition government"). */
  private static final int MAX_MODIFIER_TOKENS = 5;

  private final LexiconView lexicon;

  GroupFinder(LexiconView lexicon) {
    this.lexicon = lexicon;
  }

  List<Candidate> find(ParsedArticle doc, List<Candidate> names, LocalDate date) {
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Token head : s.tokens()) {
        if (!head.isNoun() || head.isProperNoun() || head.index() == 0) {
          continue;
        }
        int next = head.index() + 1;
        if (next < s.tokens().size() && s.tokens().get(next).isNoun()) {
          continue; // "White House press secretary": "press" modifies, it is not the group
        }
        // the sector noun with the word before it first: "intelligence officials" are SPY,
        // not the GOV of "officials"
        Token before = s.tokens().get(head.index() - 1);
        Optional<LexiconEntry> sector =
            lexicon
                .find(before.word() + " " + head.word(), EntryKind.SECTOR)
                .or(() -> lexicon.find(head.word(), EntryKind.SECTOR));
        if (sector.isPresent()) {
          modified(doc, s, head, sector.get(), names, date).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** The group when the run of words before the noun starts with a national modifier. */
  private Optional<Candidate> modified(
      ParsedArticle doc,
      Sentence s,
      Token head,
      LexiconEntry sector,
      List<Candidate> names,
      LocalDate date) {
    int from = head.index();
    while (from > 0
        && head.index() - from < MAX_MODIFIER_TOKENS
        && MODIFIER_TAGS.contains(s.tokens().get(from - 1).pos())) {
      from--;
    }
    // The longest run that names a country wins: "Nicolás Maduro" before "Maduro".
    for (int k = from; k < head.index(); k++) {
      int end = head.index() - 1;
      if (s.tokens().get(end).pos().equals("POS")) {
        end--; // "Argentina's police"
      }
      for (int e = end; e >= k; e--) {
        String modifier = LexiconView.words(s.tokens(), k, e, doc.text());
        String country = countryOf(modifier, names, s, k, date);
        if (country != null) {
          Actor actor = Actor.of(country, sector.sector());
          Token first = s.tokens().get(k);
          return Optional.of(
              new Candidate(
                  doc.text().substring(first.start(), head.end()),
                  "ORGANIZATION",
                  first.start(),
                  head.end(),
                  s.index(),
                  k,
                  head.index(),
                  "G:" + actor.code() + ":" + head.lemma().toLowerCase(Locale.ROOT),
                  null,
                  country,
                  sector.sector()));
        }
      }
    }
    return Optional.empty();
  }

  private String countryOf(
      String modifier, List<Candidate> names, Sentence s, int modStart, LocalDate date) {
    Optional<String> country = lexicon.country(modifier);
    if (country.isPresent()) {
      return country.get();
    }
    for (Candidate n : names) {
      if (n.sentence() == s.index()
          && n.first() <= modStart
          && modStart <= n.last()
          && "PERSON".equals(n.type())) {
        return lexicon.person(n.text(), date).map(LexiconEntry::country).orElse(null);
      }
    }
    // "the Maduro government": a surname alone, found by the person lexicon.
    return lexicon.person(modifier, date).map(LexiconEntry::country).orElse(null);
  }
}
