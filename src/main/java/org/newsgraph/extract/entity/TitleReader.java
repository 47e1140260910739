package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.entity.lexicon.EntryKind;
import org.newsgraph.extract.entity.lexicon.LexiconEntry;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * Reads a person's title from the words before the name ("White House press secretary Karoline
 * Leavitt") or from an apposition ("Fernando Reyes Matta, director of the center"), with the
 * country the title names.
 */
final class TitleReader {
  /** Relations that join a pre-name title word to the name or to another title word. */
  private static final Set<String> TITLE_LINKS = Set.of("compound", "amod", "flat", "nmod:poss");

  /** Words that make a title a past one: a former minister holds no office now. */
  private static final Set<String> PAST_MARKERS = Set.of("former", "ex", "ex-", "late", "then");

  /**
   * Sectorless titles that a national qualifier alone makes that country's government ("Libyan
   * leader"), from {@code entity/national-titles.tsv}.
   */
  private static final Map<String, String> NATIONAL_TITLES =
      RuleFile.sectors("/entity/national-titles.tsv");

  /** Longest title phrase tried, in tokens ("deputy assistant secretary of state"). */
  private static final int MAX_TITLE_WORDS = 5;

  /** Longest apposition read as a title, in tokens. */
  private static final int MAX_APPOSITION_TOKENS = 14;

  private final LexiconView lexicon;

  TitleReader(LexiconView lexicon) {
    this.lexicon = lexicon;
  }

  List<Candidate> attach(ParsedArticle doc, List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      out.add("PERSON".equals(c.type()) ? read(doc, c) : c);
    }
    return out;
  }

  private Candidate read(ParsedArticle doc, Candidate c) {
    Sentence s = doc.sentences().get(c.sentence());
    int from = preNameStart(s, c);
    if (from < c.first()) {
      Candidate t = titled(doc, s, from, c.first() - 1, c, true);
      if (t != null) {
        return t;
      }
    }
    for (Dependency d : s.dependencies()) {
      if (!d.relation().equals("appos")) {
        continue;
      }
      int other =
          within(d.governor(), c) ? d.dependent() : within(d.dependent(), c) ? d.governor() : -1;
      if (other < 0 || within(other, c)) {
        continue;
      }
      int[] range = subtree(s, other, c);
      if (range[1] - range[0] < MAX_APPOSITION_TOKENS) {
        Candidate t = titled(doc, s, range[0], range[1], c, false);
        if (t != null) {
          return t;
        }
      }
    }
    return c;
  }

  /** The first token of the unbroken run of title words just before the name. */
  private static int preNameStart(Sentence s, Candidate c) {
    int from = c.first();
    for (int j = c.first() - 1; j >= 0; j--) {
      Token t = s.tokens().get(j);
      if (t.pos().equals("DT") || t.pos().equals("POS") || !t.word().matches("[\\p{L}.\\-]+")) {
        break;
      }
      if (isHyphen(t) && j > 0 && j + 1 == from && joinsWords(s, j)) {
        from = --j; // "Secretary-General", split by the tokenizer: one title word
        continue;
      }
      // Without a parse, the unbroken run of words before the name is the candidate title.
      boolean parsed = !s.dependencies().isEmpty();
      if (parsed ? !attachesTo(s, j, c.first(), c.last()) : t.isVerb() || t.pos().equals("IN")) {
        break;
      }
      from = j;
    }
    return from;
  }

  /**
   * Whether the hyphen at j stands between two words with no space ("Secretary-General"), not
   * between a dateline and a title ("(Example Wire) - Brazilian Foreign Minister").
   */
  private static boolean joinsWords(Sentence s, int j) {
    Token before = s.tokens().get(j - 1);
    Token hyphen = s.tokens().get(j);
    Token after = s.tokens().get(j + 1);
    return before.end() == hyphen.start()
        && hyphen.end() == after.start()
        && before.word().matches("[\\p{L}.]+");
  }

  private static boolean isHyphen(Token t) {
    return t.word().equals("-") || t.word().equals("–");
  }

  /** Whether token j hangs, through title links, on a token in [lo, hi] or between. */
  private static boolean attachesTo(Sentence s, int j, int lo, int hi) {
    int at = j;
    for (int steps = 0; steps < 8; steps++) {
      Dependency d = s.headOf(at);
      if (d == null || !TITLE_LINKS.contains(d.relation())) {
        return false;
      }
      if (d.governor() > j && d.governor() <= hi && d.governor() >= Math.min(lo, j)) {
        return true;
      }
      at = d.governor();
    }
    return false;
  }

  /** The candidate with the title tokens [from, to], if they contain a title word. */
  private Candidate titled(
      ParsedArticle doc, Sentence s, int from, int to, Candidate c, boolean beforeName) {
    LexiconEntry title = null;
    String country = null;
    boolean national = false;
    boolean international = false;
    LexiconEntry body = null;
    boolean past = false;
    List<String> words = s.tokens().stream().map(Token::word).toList();
    for (int i = from; i <= to; i++) {
      past |= PAST_MARKERS.contains(words.get(i).toLowerCase(Locale.ROOT));
      for (int n = Math.min(MAX_TITLE_WORDS, to - i + 1); n >= 1; n--) {
        String phrase = LexiconView.words(s.tokens(), i, i + n - 1, doc.text());
        Optional<LexiconEntry> t = lexicon.find(phrase, EntryKind.TITLE);
        if (t.isPresent() && title == null) {
          title = t.get();
          break;
        }
        if (title == null && international(phrase)) {
          international = true; // "the United Nations relief coordinator", "UN envoy"
          i += n - 1;
          break;
        }
        Optional<LexiconEntry> named =
            title == null && body == null && beforeName
                ? lexicon.find(phrase, EntryKind.INSTITUTION)
                : Optional.empty();
        if (named.isPresent() && named.get().sector() != null) {
          body = named.get(); // "PLO chairman", "Hamas spokesman": an office of that body
          i += n - 1;
          break;
        }
        // An apposition's countries belong to what it names ("director of the Center for
        // China Studies" is not Chinese); a pre-name modifier's to the person.
        Optional<String> k = beforeName ? lexicon.country(phrase) : Optional.empty();
        if (k.isPresent() && country == null && k.get() != null) {
          country = k.get();
          national =
              lexicon
                  .find(phrase, EntryKind.COUNTRY, EntryKind.DEMONYM, EntryKind.CAPITAL)
                  .isPresent();
          i += n - 1;
          break;
        }
      }
    }
    if (title == null) {
      return null;
    }
    String text = LexiconView.words(s.tokens(), from, to, doc.text());
    text = text.replaceAll("^(?:the|a|an)\\s+", "");
    // A qualifier the article gives wins; else an office of one country names it ("Rep.").
    String titleCountry = country != null ? country : title.country();
    // An office of an international organisation is coded as it: CAMEO codes UN_ENVOY IGO.
    String sector = international ? "IGO" : title.sector();
    if (sector == null && national) {
      sector = NATIONAL_TITLES.get(title.name().toLowerCase(Locale.ROOT)); // "Libyan leader"
    }
    if (body != null && !international && (sector == null || isChair(title))) {
      // an office with no sector of its own, or a chair, belongs to the body named before it:
      // "PLO Chairman Yasser Arafat" is the PLO's (PSE GOV), "Hamas spokesman" Hamas's (PSE REB)
      sector = body.sector();
      titleCountry = titleCountry != null ? titleCountry : body.country();
    }
    if (past) {
      // CAMEO codes FORMER_PRESIDENT and FORMER_PRIME_MINISTER ELI: no office, still an elite
      sector = "GOV".equals(sector) ? "ELI" : null;
    }
    return c.withTitle(text, titleCountry, sector);
  }

  /** Whether the office is a chair, a company's by default ("chairman"). */
  private static boolean isChair(LexiconEntry title) {
    return title.name().equalsIgnoreCase("chairman");
  }

  /** Whether the phrase names an international organisation ("United Nations", "EU"). */
  private boolean international(String phrase) {
    return lexicon
        .find(phrase, EntryKind.INSTITUTION)
        .filter(e -> "IGO".equals(e.sector()))
        .isPresent();
  }

  private static boolean within(int token, Candidate c) {
    return token >= c.first() && token <= c.last();
  }

  /** The token range of the subtree under {@code root}, never reaching into the name. */
  private static int[] subtree(Sentence s, int root, Candidate c) {
    return s.extent(
        root,
        d ->
            !within(d.dependent(), c)
                && !d.relation().equals("punct")
                && !d.relation().equals("appos"));
  }
}
