package org.newsgraph.extract.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;
import org.newsgraph.model.Actor;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Token;

/**
 * Gives an entity its actor code: a person's dated lexicon entry, else the title the article gives;
 * an institution, country or capital from the lexicon; a group from its modifier; an organisation
 * the lexicon does not know from its head word; a misspelt country.
 */
final class ActorCoder {
  private final LexiconView lexicon;

  ActorCoder(LexiconView lexicon) {
    this.lexicon = lexicon;
  }

  Actor code(MentionMerger.Cluster cluster, LocalDate date) {
    Candidate titled =
        cluster.mentions.stream().filter(m -> m.title() != null).findFirst().orElse(null);
    for (Candidate m : cluster.mentions) {
      if (m.key() != null && m.key().startsWith("G:")) {
        return Actor.of(m.titleCountry(), m.titleSector());
      }
    }
    if ("PERSON".equals(cluster.type)) {
      return person(cluster, titled, date);
    }
    for (Candidate m : longestFirst(cluster)) {
      Optional<LexiconEntry> e =
          lexicon.find(m.text(), EntryKind.INSTITUTION, EntryKind.CAPITAL, EntryKind.COUNTRY);
      if (e.isPresent()) {
        String sector = e.get().sector();
        if (e.get().kind() == EntryKind.CAPITAL && sector == null) {
          sector = "GOV"; // a capital acting is its government: "Moscow reaffirmed"
        }
        return Actor.of(e.get().country(), sector);
      }
    }
    if ("ORGANIZATION".equals(cluster.type)) {
      for (Candidate m : longestFirst(cluster)) {
        String sector = OrganizationSectors.of(m.text()); // "the Association of Andean Jurists"
        if (sector != null) {
          return Actor.of(countryIn(m.text()), sector);
        }
      }
    }
    if ("LOCATION".equals(cluster.type)) {
      for (Candidate m : cluster.mentions) {
        Optional<String> country = lexicon.misspeltCountry(m.text()); // "Ethopia has agreed"
        if (country.isPresent()) {
          return Actor.of(country.get(), null);
        }
      }
    }
    return null;
  }

  private Actor person(MentionMerger.Cluster cluster, Candidate titled, LocalDate date) {
    String titleCountry = titled == null ? null : titled.titleCountry();
    String titleSector = titled == null ? null : titled.titleSector();
    List<Candidate> mentions = longestFirst(cluster);
    Optional<LexiconEntry> known = Optional.empty();
    for (Candidate m : mentions) {
      known = known.or(() -> lexicon.person(m.text(), date));
    }
    for (Candidate m : mentions) {
      known = known.or(() -> lexicon.misspeltPerson(m.text(), date)); // "Francois Mitterand"
    }
    if (known.isEmpty()) {
      return Actor.of(titleCountry, titleSector);
    }
    String country = known.get().country();
    String sector = known.get().sector();
    if (sector == null && titleCountry != null && !titleCountry.equals(country)) {
      // no office on the date, and the article names the country of the one it gives:
      // "Georgian President Eduard Shevardnadze" is Georgia's, not the Soviet minister's
      return Actor.of(titleCountry, titleSector);
    }
    if (sector == null
        && titleSector != null
        && (titleCountry == null || titleCountry.equals(country))) {
      sector = titleSector; // an office the lexicon does not list, as the article gives it
    }
    return Actor.of(country, sector);
  }

  /**
   * An organisation coded with a sector takes the nation word just before one of its mentions,
   * which NER left out of the name: "the Russian Foreign Ministry" is RUS GOV, and "the Brazilian
   * Congress" is Brazil's, though a bare "Congress" is the US one.
   */
  Actor withNationBefore(MentionMerger.Cluster cluster, Actor actor, ParsedArticle doc) {
    if (actor == null || actor.sector() == null || !"ORGANIZATION".equals(cluster.type)) {
      return actor;
    }
    for (Candidate m : cluster.mentions) {
      if (m.sentence() < 0 || m.first() <= 0) {
        continue;
      }
      Token before = doc.sentences().get(m.sentence()).tokens().get(m.first() - 1);
      Optional<LexiconEntry> whole =
          lexicon.find(before.word() + " " + m.text(), EntryKind.INSTITUTION);
      if (whole.isPresent()) {
        // "the Sudanese People's Liberation Army" is another body than the "People's Liberation
        // Army" inside it
        return Actor.of(whole.get().country(), whole.get().sector());
      }
      if (before.pos().startsWith("JJ") || before.isProperNoun()) {
        Optional<LexiconEntry> e =
            lexicon.find(before.word(), EntryKind.DEMONYM, EntryKind.COUNTRY);
        if (e.isPresent() && e.get().country() != null) {
          return Actor.of(e.get().country(), actor.sector());
        }
      }
    }
    return actor;
  }

  /** The first country or national word in a name ("the Bolivian Interior Ministry"), or null. */
  private String countryIn(String name) {
    String[] w = name.split("\\s+");
    for (int i = 0; i < w.length; i++) {
      for (int n = Math.min(3, w.length - i); n >= 1; n--) {
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n));
        Optional<LexiconEntry> e =
            lexicon.find(phrase, EntryKind.COUNTRY, EntryKind.DEMONYM, EntryKind.CAPITAL);
        if (e.isPresent()) {
          return e.get().country();
        }
      }
    }
    return null;
  }

  private static java.util.List<Candidate> longestFirst(MentionMerger.Cluster cluster) {
    return cluster.mentions.stream()
        .sorted((a, b) -> Integer.compare(b.text().length(), a.text().length()))
        .toList();
  }
}
