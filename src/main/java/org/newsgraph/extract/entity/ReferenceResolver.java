package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
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
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");

  /** How many sentences back a pronoun's antecedent may be. */
  private static final int PRONOUN_REACH = 2;

  /** How many sentences back a description's referent may be. */
  private static final int DESCRIPTION_REACH = 8;

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
    List<Reference> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (quoted.inside(t.start())) {
          continue; // "him" inside a quotation is the speaker's reference, not the writer's
        }
        if (t.pos().startsWith("PRP") && PRONOUNS.contains(t.word().toLowerCase())) {
          MentionMerger.Cluster c = antecedent(doc, s, t, clusters);
          if (c != null) {
            out.add(new Reference(mention(s, t.index(), t.index(), doc), c));
          }
        } else if (t.isNoun() && !t.isProperNoun()) {
          description(doc, s, t, clusters, actors).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static MentionMerger.Cluster antecedent(
      ParsedArticle doc, Sentence s, Token pronoun, List<MentionMerger.Cluster> clusters) {
    MentionMerger.Cluster subject = null;
    int subjectStart = -1;
    MentionMerger.Cluster recent = null;
    int recentStart = -1;
    for (MentionMerger.Cluster cl : clusters) {
      if (!"PERSON".equals(cl.type)) {
        continue;
      }
      for (Candidate m : cl.mentions) {
        if (m.start() >= pronoun.start() || m.sentence() < s.index() - PRONOUN_REACH) {
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
    return d != null && d.relation().startsWith("nsubj");
  }

  /** "the Venezuelan leader": a demonym and a title, no name, naming someone already met. */
  private Optional<Reference> description(
      ParsedArticle doc,
      Sentence s,
      Token head,
      List<MentionMerger.Cluster> clusters,
      Map<MentionMerger.Cluster, Actor> actors) {
    if (lexicon.find(head.word(), EntryKind.TITLE).isEmpty()) {
      return Optional.empty();
    }
    // "the Venezuelan leader": the, a demonym, the title, and no name after it.
    int i = head.index();
    List<Token> ts = s.tokens();
    if (i < 2
        || !ts.get(i - 2).word().equalsIgnoreCase("the")
        || i + 1 < ts.size() && ts.get(i + 1).isProperNoun()) {
      return Optional.empty();
    }
    int det = i - 2;
    String country =
        lexicon
            .find(ts.get(i - 1).word(), EntryKind.DEMONYM, EntryKind.COUNTRY)
            .map(LexiconEntry::country)
            .orElse(null);
    if (det < 0 || country == null) {
      return Optional.empty();
    }
    MentionMerger.Cluster best = null;
    int bestStart = -1;
    for (MentionMerger.Cluster cl : clusters) {
      Actor a = actors.get(cl);
      if (!"PERSON".equals(cl.type) || a == null || !country.equals(a.country())) {
        continue;
      }
      for (Candidate m : cl.mentions) {
        if (m.start() < head.start()
            && m.start() > bestStart
            && m.sentence() >= s.index() - DESCRIPTION_REACH) {
          best = cl;
          bestStart = m.start();
        }
      }
    }
    return best == null
        ? Optional.empty()
        : Optional.of(new Reference(mention(s, det, head.index(), doc), best));
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
