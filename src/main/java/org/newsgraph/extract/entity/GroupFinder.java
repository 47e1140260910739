package org.newsgraph.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;
import org.newsgraph.model.Actor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds collective actors named by a sector noun and a national modifier: "U.S. forces" (USA MIL),
 * "the Venezuelan government" and "the Maduro government" (VEN GOV).
 */
final class GroupFinder {
  /** Relations by which the modifier names whose group it is. */
  private static final Set<String> MODIFIER_LINKS = Set.of("compound", "amod", "nmod:poss");

  private final LexiconView lexicon;

  GroupFinder(LexiconView lexicon) {
    this.lexicon = lexicon;
  }

  List<Candidate> find(ParsedArticle doc, List<Candidate> names, LocalDate date) {
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Token head : s.tokens()) {
        if (!head.isNoun()) {
          continue;
        }
        Optional<LexiconEntry> sector = lexicon.find(head.word(), EntryKind.SECTOR);
        if (sector.isEmpty()) {
          continue;
        }
        for (Dependency d : s.childrenOf(head.index())) {
          if (!MODIFIER_LINKS.contains(d.relation()) || d.dependent() > head.index()) {
            continue;
          }
          int modStart = modifierStart(s, d.dependent());
          String modifier = LexiconView.words(s.tokens(), modStart, d.dependent(), doc.text());
          String country = countryOf(modifier, names, s, modStart, date);
          if (country == null) {
            continue;
          }
          Actor actor = Actor.of(country, sector.get().sector());
          Token first = s.tokens().get(modStart);
          out.add(
              new Candidate(
                  doc.text().substring(first.start(), head.end()),
                  "ORGANIZATION",
                  first.start(),
                  head.end(),
                  s.index(),
                  modStart,
                  head.index(),
                  "G:" + actor.code() + ":" + head.lemma().toLowerCase(),
                  null,
                  country,
                  sector.get().sector()));
          break;
        }
      }
    }
    return out;
  }

  /** A modifier may itself be a compound name ("White House", "Nicolás Maduro"). */
  private static int modifierStart(Sentence s, int modifier) {
    int start = modifier;
    for (Dependency d : s.childrenOf(modifier)) {
      if ((d.relation().equals("compound") || d.relation().equals("flat"))
          && d.dependent() < start) {
        start = d.dependent();
      }
    }
    return start;
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
