package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.QuotedSpans;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;
import org.newsgraph.model.Actor;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Links third-person pronouns ("she", "his") and descriptions ("the Venezuelan leader") to the
 * person they most likely refer to. A first version: the most recent person who was a subject, then
 * the most recent person; the quote layer refines speakers with its own evidence.
 */
final class ReferenceResolver {
  /** How many sentences back a pronoun's antecedent may be. */
  private static final int PRONOUN_REACH = 2;

  /** Longest description read before its title word ("the Venezuelan deputy foreign"). */
  private static final int MAX_DESCRIPTION_WORDS = 4;

  /** How many sentences back a description's referent may be. */
  private static final int DESCRIPTION_REACH = 8;

  /** How many sentences back a person without a title may be the one a description names. */
  private static final int UNTITLED_REACH = 3;

  /** Words that join a place to a description: "the senator from Ohio", "the mayor of Ames". */
  private static final Set<String> PLACE_LINKS = Set.of("from", "of");

  /** Words that make a description's role a past one: "the former governor". */
  private static final Set<String> PAST_MARKERS = Set.of("former", "ex", "then");

  /** The key that marks a candidate as a reference rather than a name. */
  static final String REFERENCE_KEY = "R:";

  private final LexiconView lexicon;

  ReferenceResolver(LexiconView lexicon) {
    this.lexicon = lexicon;
  }

  /** A reference found: the tokens and the cluster it joins. */
  record Reference(Candidate mention, MentionMerger.Cluster cluster) {}

  List<Reference> resolve(
      ParsedArticle doc,
      List<MentionMerger.Cluster> clusters,
      Map<MentionMerger.Cluster, Actor> actors) {
    QuotedSpans quoted = QuotedSpans.of(doc.text());
    Map<MentionMerger.Cluster, Character> genders = new HashMap<>();
    // Genders known only from the first-name list: a guess ("Lindsey Graham" is a man) that a
    // pronoun bound by the person's own clause overrides.
    Set<MentionMerger.Cluster> guessed = new HashSet<>();
    for (MentionMerger.Cluster cl : clusters) {
      Character byName = null;
      for (Candidate m : cl.mentions) {
        Character g = m.title() == null ? null : Genders.ofTitle(m.title());
        if (g != null) {
          genders.put(cl, g); // a title anywhere in the article ("Mr. Graham") outweighs the name
        } else if ("PERSON".equals(cl.type) && Genders.ofName(m.text()) != null) {
          byName = Genders.ofName(m.text()); // "Hillary Clinton" is "she" before any pronoun
        }
      }
      if (byName != null && !genders.containsKey(cl)) {
        genders.put(cl, byName);
        guessed.add(cl);
      }
    }
    List<Reference> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (quoted.inside(t.start())) {
          continue; // "him" inside a quotation is the speaker's reference, not the writer's
        }
        Reference r = null;
        if (t.pos().startsWith("PRP") && Genders.ofPronoun(t.word()) != null) {
          char gender = Genders.ofPronoun(t.word());
          MentionMerger.Cluster c = antecedent(doc, s, t, gender, clusters, genders, Set.of());
          if (c == null) {
            // No one of that gender near: the first-name list may have guessed wrong.
            c = antecedent(doc, s, t, gender, clusters, genders, guessed);
          }
          if (c != null) {
            if (guessed.remove(c)) {
              genders.put(c, gender); // the article's own pronoun settles the name's guess
            }
            genders.putIfAbsent(c, gender);
            r = new Reference(mention(s, t.index(), t.index(), doc), c);
          }
        } else if (t.isNoun()
            && (!t.isProperNoun() || Character.isLowerCase(t.word().codePointAt(0)))) {
          // a lowercase "senator" is no name, though the tagger calls it one after "Vermont"
          r = description(doc, s, t, clusters, actors).orElse(null);
        }
        if (r != null) {
          out.add(r);
          r.cluster().mentions.add(r.mention()); // a later pronoun may refer back to this one
        }
      }
    }
    return out;
  }

  private static MentionMerger.Cluster antecedent(
      ParsedArticle doc,
      Sentence s,
      Token pronoun,
      char gender,
      List<MentionMerger.Cluster> clusters,
      Map<MentionMerger.Cluster, Character> genders,
      Set<MentionMerger.Cluster> guessed) {
    MentionMerger.Cluster subject = null;
    int subjectStart = -1;
    MentionMerger.Cluster recent = null;
    int recentStart = -1;
    for (MentionMerger.Cluster cl : clusters) {
      Character known = genders.get(cl);
      if (!"PERSON".equals(cl.type)) {
        continue;
      }
      // "she" is not the man already called "he"; but, when no one else fits, a first-name guess
      // yields to the subject of the pronoun's own sentence ("Graham assures his audience he
      // will ...").
      boolean againstGuess = known != null && known != gender && guessed.contains(cl);
      if (known != null && known != gender && !againstGuess) {
        continue;
      }
      for (Candidate m : cl.mentions) {
        if (m.start() >= pronoun.start() || m.sentence() < s.index() - PRONOUN_REACH) {
          continue;
        }
        if (againstGuess
            && (m.sentence() != s.index()
                || !isSubject(s, m)
                || Genders.ofPronoun(m.text()) != null)) {
          continue;
        }
        if (m.start() > recentStart) {
          recent = cl;
          recentStart = m.start();
        }
        if (m.start() > subjectStart && isSubject(doc.sentences().get(m.sentence()), m)) {
          subject = cl;
          subjectStart = m.start();
        }
      }
    }
    return subject != null ? subject : recent;
  }

  /** Whether the mention's head word is the subject of its clause. */
  private static boolean isSubject(Sentence s, Candidate m) {
    Dependency d = s.headOf(m.last());
    for (int steps = 0; // "the senator from Ohio": the head is the word the rest hangs on
        d != null && d.governor() >= m.first() && d.governor() <= m.last() && steps < 8;
        steps++) {
      d = s.headOf(d.governor());
    }
    if (d != null && d.relation().equals("appos") && d.governor() >= 0) {
      d = s.headOf(d.governor()); // "A spokeswoman, Carla Mendes, said": Mendes is who spoke
    }
    return d != null && d.relation().startsWith("nsubj");
  }

  /**
   * "the Venezuelan leader", "the spokeswoman": the, maybe a demonym, a title, and no name after
   * it, naming the latest person of that country, or with that title, met before.
   */
  private Optional<Reference> description(
      ParsedArticle doc,
      Sentence s,
      Token head,
      List<MentionMerger.Cluster> clusters,
      Map<MentionMerger.Cluster, Actor> actors) {
    if (lexicon.find(head.word(), EntryKind.TITLE).isEmpty()) {
      return Optional.empty();
    }
    int i = head.index();
    List<Token> ts = s.tokens();
    if (i + 1 < ts.size() && (ts.get(i + 1).isProperNoun() || ts.get(i + 1).isNoun())) {
      return Optional.empty(); // "the press secretary Karoline Leavitt", "the minister's office"
    }
    int det = i - 1;
    while (det >= 0
        && i - det <= MAX_DESCRIPTION_WORDS
        && !ts.get(det).word().equalsIgnoreCase("the")
        && (ts.get(det).isNoun() || ts.get(det).pos().startsWith("JJ"))) {
      det--;
    }
    if (det < 0 || !ts.get(det).word().equalsIgnoreCase("the")) {
      return Optional.empty();
    }
    String country =
        det + 1 < i
            ? lexicon
                .find(ts.get(det + 1).word(), EntryKind.DEMONYM, EntryKind.COUNTRY)
                .map(LexiconEntry::country)
                .orElse(null)
            : null;
    int titleFrom = country != null ? det + 2 : det + 1;
    int placeEnd = placeEnd(ts, i);
    if (country == null && placeEnd > i) {
      // "the president of Armenia" is the Armenian president: a country after the title asks for
      // one of its people, as a demonym before it does
      String place = doc.text().substring(ts.get(i + 2).start(), ts.get(placeEnd).end());
      country = lexicon.find(place, EntryKind.COUNTRY).map(LexiconEntry::country).orElse(null);
    }
    DescriptionFit fit = country != null ? null : fit(doc, ts, titleFrom, i);
    MentionMerger.Cluster best = null;
    int bestRank = -1;
    int bestStart = -1;
    for (MentionMerger.Cluster cl : clusters) {
      if (!"PERSON".equals(cl.type)) {
        continue;
      }
      Actor a = actors.get(cl);
      int f =
          fit == null
              ? (a != null && country.equals(a.country())
                  ? DescriptionFit.FULL
                  : DescriptionFit.NONE)
              : fit.of(cl.mentions.stream().map(Candidate::title).toList());
      if (f == DescriptionFit.NONE) {
        continue;
      }
      boolean guess = f == DescriptionFit.UNTITLED;
      int reach = guess ? UNTITLED_REACH : DESCRIPTION_REACH;
      for (Candidate m : cl.mentions) {
        // A guess takes the person the article was last about (a subject) over the last one
        // named; a fit by title ranks above any guess.
        boolean about = !guess || isSubject(doc.sentences().get(m.sentence()), m);
        int rank = 2 * f + (about ? 1 : 0);
        if (m.start() < head.start()
            && m.sentence() >= s.index() - reach
            && (rank > bestRank || rank == bestRank && m.start() > bestStart)) {
          best = cl;
          bestRank = rank;
          bestStart = m.start();
        }
      }
    }
    // "the senator from Ohio": the place is part of the description's words.
    return best == null
        ? Optional.empty()
        : Optional.of(new Reference(mention(s, det, placeEnd(ts, i), doc), best));
  }

  /**
   * What a description asks of the person it names: its role, the longest run of words ending at
   * the head that is a lexicon title ("press secretary" in "the White House press secretary"), and
   * the places named before the role or after the head ("the Vermont senator", "the senator from
   * Vermont"). Other words ("Democratic", "former") neither help nor hinder.
   */
  private DescriptionFit fit(ParsedArticle doc, List<Token> ts, int from, int head) {
    int roleFrom = head;
    for (int k = from; k < head; k++) {
      String words = doc.text().substring(ts.get(k).start(), ts.get(head).end());
      if (lexicon.find(words, EntryKind.TITLE).isPresent()) {
        roleFrom = k;
        break;
      }
    }
    List<String> places = new ArrayList<>();
    String past = null;
    for (int k = from; k < roleFrom; k++) {
      String w = ts.get(k).word().toLowerCase(Locale.ROOT);
      if (ts.get(k).ner().equals("LOCATION")) {
        places.add(w);
      } else if (PAST_MARKERS.contains(w)) {
        past = w;
      }
    }
    for (int k = head + 2; k <= placeEnd(ts, head); k++) {
      places.add(ts.get(k).word().toLowerCase(Locale.ROOT));
    }
    String role =
        doc.text().substring(ts.get(roleFrom).start(), ts.get(head).end()).toLowerCase(Locale.ROOT);
    return new DescriptionFit(lexicon, role, places, past);
  }

  /**
   * The last token of a place named right after a description's head ("the senator from Ohio", "the
   * mayor of Ames"), or the head itself when none is.
   */
  private static int placeEnd(List<Token> ts, int head) {
    int at = head + 1;
    if (at + 1 >= ts.size() || !PLACE_LINKS.contains(ts.get(at).word().toLowerCase(Locale.ROOT))) {
      return head;
    }
    int end = head;
    for (int j = at + 1; j < ts.size() && ts.get(j).ner().equals("LOCATION"); j++) {
      end = j;
    }
    return end;
  }

  private static Candidate mention(Sentence s, int first, int last, ParsedArticle doc) {
    Token a = s.tokens().get(first);
    Token b = s.tokens().get(last);
    return new Candidate(
        doc.text().substring(a.start(), b.end()),
        "PERSON",
        a.start(),
        b.end(),
        s.index(),
        first,
        last,
        REFERENCE_KEY,
        null,
        null,
        null);
  }
}
