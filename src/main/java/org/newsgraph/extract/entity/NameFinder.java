package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds the names of people, organizations and places: the NER model's mentions, corrected by the
 * lexicon, plus lexicon names the model missed.
 */
final class NameFinder {
  private final LexiconView lexicon;
  private final Set<String> organizationHeads;

  NameFinder(LexiconView lexicon, Set<String> organizationHeads) {
    this.lexicon = lexicon;
    this.organizationHeads = organizationHeads;
  }

  List<Candidate> find(ParsedArticle doc) {
    List<Candidate> out = new ArrayList<>();
    for (NameSpan n : doc.names()) {
      Sentence s = doc.sentences().get(n.sentence());
      Token first = s.tokens().get(n.firstToken());
      if (n.firstToken() == n.lastToken() && first.pos().startsWith("PRP")) {
        continue; // CoreNLP's mentions include pronouns; the resolver handles those
      }
      String type = typeOf(n, s);
      if (type == null || partOfTitle(n, s, type)) {
        continue;
      }
      out.add(candidate(doc, s, n.firstToken(), n.lastToken(), type));
    }
    for (Sentence s : doc.sentences()) {
      List<String> words = s.tokens().stream().map(Token::word).toList();
      for (int i = 0; i < words.size(); i++) {
        int len = lexicon.longestMatch(words, i);
        if (len == 0) {
          continue;
        }
        int last = i + len - 1;
        String phrase = LexiconView.words(s.tokens(), i, last, doc.text());
        var entry =
            lexicon.find(phrase, EntryKind.INSTITUTION, EntryKind.COUNTRY, EntryKind.CAPITAL);
        if (entry.isPresent() && properName(s, i, last)) {
          Candidate c =
              candidate(
                  doc,
                  s,
                  i,
                  last,
                  entry.get().kind() == EntryKind.INSTITUTION ? "ORGANIZATION" : "LOCATION");
          if (out.stream().noneMatch(c::overlaps)) {
            out.add(c);
          }
        }
        i = last;
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** The entity type, correcting the model where the lexicon or the words know better. */
  private String typeOf(NameSpan n, Sentence s) {
    var entry =
        lexicon.find(
            n.text(),
            EntryKind.INSTITUTION,
            EntryKind.COUNTRY,
            EntryKind.CAPITAL,
            EntryKind.PERSON);
    if (entry.isPresent()) {
      return switch (entry.get().kind()) {
        case INSTITUTION -> "ORGANIZATION";
        case PERSON -> "PERSON";
        default -> "LOCATION";
      };
    }
    if ("MISC".equals(n.type())) {
      return null; // demonyms, events, works: not actors
    }
    if ("ORGANIZATION".equals(n.type()) && afterPersonTitle(n, s)) {
      return "PERSON"; // "Vice-President Moody Awori", tagged an organization
    }
    if ("PERSON".equals(n.type())) {
      for (int i = n.firstToken(); i <= n.lastToken(); i++) {
        // "Universidad Andrés Bello" is tagged PERSON; its first word says otherwise.
        if (organizationHeads.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) {
          return "ORGANIZATION";
        }
      }
    }
    return n.type();
  }

  /**
   * Whether a name of two or three proper nouns follows a title word that has a sector of its own
   * ("Vice-President", "General"), as a person's name does.
   */
  private boolean afterPersonTitle(NameSpan n, Sentence s) {
    int size = n.lastToken() - n.firstToken() + 1;
    if (n.firstToken() == 0 || size < 2 || size > 3) {
      return false;
    }
    for (int i = n.firstToken(); i <= n.lastToken(); i++) {
      Token t = s.tokens().get(i);
      if (!t.pos().equals("NNP") || organizationHeads.contains(t.word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    String before = s.tokens().get(n.firstToken() - 1).word();
    return lexicon.find(before, EntryKind.TITLE).filter(t -> t.sector() != null).isPresent();
  }

  /**
   * "Labor Minister Paulo Braga": a name the lexicon does not know, right before a title word and a
   * person, is the title's field, not an organization.
   */
  private boolean partOfTitle(NameSpan n, Sentence s, String type) {
    int next = n.lastToken() + 1;
    if (type.equals("PERSON")
        || next + 1 >= s.tokens().size()
        || !s.tokens().get(next + 1).ner().equals("PERSON")
        || lexicon.find(s.tokens().get(next).word(), EntryKind.TITLE).isEmpty()) {
      return false;
    }
    return lexicon
        .find(
            n.text(),
            EntryKind.INSTITUTION,
            EntryKind.COUNTRY,
            EntryKind.CAPITAL,
            EntryKind.DEMONYM)
        .isEmpty();
  }

  private static boolean properName(Sentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (s.tokens().get(i).isProperNoun()) {
        return true;
      }
    }
    return false;
  }

  private Candidate candidate(ParsedArticle doc, Sentence s, int first, int last, String type) {
    int f = first;
    // A leading "the" belongs to the phrase, not the name.
    while (f < last && s.tokens().get(f).pos().equals("DT")) {
      f++;
    }
    Token a = s.tokens().get(f);
    Token b = s.tokens().get(last);
    String text = doc.text().substring(a.start(), b.end());
    String key = null;
    LexiconEntry entry =
        lexicon
            .find(
                text, EntryKind.PERSON, EntryKind.INSTITUTION, EntryKind.COUNTRY, EntryKind.CAPITAL)
            .orElse(null);
    if (entry != null) {
      key = (entry.kind() == EntryKind.PERSON ? "P:" : "L:") + entry.name();
    }
    return new Candidate(text, type, a.start(), b.end(), s.index(), f, last, key, null, null, null);
  }
}
