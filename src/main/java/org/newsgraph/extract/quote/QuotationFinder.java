package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.QuotedSpans;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Quotations in quotation marks: direct (a whole statement) and partial (a fragment in the writer's
 * sentence), each attributed by its cue verb, a "Name:" transcript line, or the quotation before it
 * when it continues the same speaker's words.
 */
final class QuotationFinder {
  /** "Leavitt:" or "Q:" opening a transcript line, before the quotation mark. */
  private static final Pattern TRANSCRIPT = Pattern.compile("([\\p{Lu}][\\p{L}.'\\- ]{0,40}):\\s*");

  /** The dash between a roundup item's headline and its source: "Polls held up - Pollster:". */
  private static final Pattern HEADLINE_DASH = Pattern.compile(" [-\u2013\u2014] ");

  /** A transcript line with no quotation marks: "Okafor: We will respond." */
  private static final Pattern TRANSCRIPT_LINE =
      Pattern.compile("(?m)^([\\p{Lu}][\\p{L}.'\\- ]{0,40}):[ \\t]+([^\"“«\\s][^\\n]*)$");

  /**
   * Lower-case words a speaker's label may hold ("Beto de la Cruz:"); any other lower-case word
   * makes it a clause before a colon ("Priebus later told Fox News:"), not a label.
   */
  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "de", "del", "della", "la", "le", "van", "von", "der", "den", "da", "di", "du", "dos",
          "bin", "al", "ibn", "y");

  /** Transcript labels that mark the reporter's question. */
  private static final Set<String> QUESTION_LABELS = Set.of("Q", "Question", "Reporter");

  /** Marks a quotation that goes on from the one before; the extractor turns it into an id. */
  static final String PART_OF_PREVIOUS = "previous";

  /** Most characters between two pieces of one statement split by its cue ("," he said, "). */
  private static final int SPLIT_GAP = 80;

  /** A quotation this short is a scare quote unless a cue verb takes it as its argument. */
  private static final int SHORT_QUOTE_WORDS = 3;

  /** How far up the parse a short quotation may sit below its cue verb. */
  private static final int MAX_CUE_DISTANCE = 4;

  /** How far into the next sentence a cue may stand: "Trump said.", "the senator told CNN". */
  private static final int CUE_AFTER_TOKENS = 6;

  /** Added to the distance of a cue that does not take the quotation: any that does comes first. */
  private static final int ASIDE = 10_000;

  /** Relations by which what is said hangs on its cue verb. */
  private static final Set<String> CONTENT_LINKS =
      Set.of("ccomp", "xcomp", "obj", "iobj", "obl", "dep", "parataxis");

  private final SpeechCues cues;
  private final LeadIn leadIn;

  QuotationFinder(SpeechCues cues) {
    this.cues = cues;
    this.leadIn = new LeadIn(cues);
  }

  List<Quote> find(SpeakerResolver resolver) {
    ParsedArticle doc = resolver.doc();
    EntityLayer entities = resolver.entities();
    QuotedSpans quoted = resolver.quoted();
    String text = doc.text();
    List<Quote> out = new ArrayList<>();
    Attribution last = null;
    int lastEnd = -1;
    for (Span q : quoted.spans()) {
      Span content = trim(text, q);
      if (content == null) {
        continue;
      }
      String body = text.substring(content.start(), content.end());
      int words = body.split("\\s+").length;
      boolean direct = opensStatement(text, q.start());
      // '"You tell me," he said.': a short quotation that stands as a sentence of its own is a
      // statement; a short one inside the writer's sentence needs a cue that takes it.
      boolean mustGovern = words <= SHORT_QUOTE_WORDS && !(direct && endsStatement(text, q));
      Attribution a = transcript(text, q, entities);
      if (a == null) {
        a = cued(doc, quoted, q, mustGovern, resolver);
      }
      if (a == null && !mustGovern) {
        // Its paragraph's words before it introduce it, if anyone: not the last speaker quoted.
        a = leadIn.of(doc, content, lastEnd, resolver);
      }
      boolean continues = false;
      if (a == null) {
        if (words <= SHORT_QUOTE_WORDS
            || !direct
            || last == null
            || paragraphsBetween(text, lastEnd, q.start()) > 1) {
          continue; // a scare quote, or a quotation nobody is said to have said
        }
        a = new Attribution(last.speaker(), null, last.via()); // the same speaker goes on
        continues = true;
      } else if (last != null
          && a.speaker().equals(last.speaker())
          && a.sameCue(last) // not '"X," she said. "Y," she said.': two statements
          && q.start() - lastEnd < SPLIT_GAP
          && paragraphsBetween(text, lastEnd, q.start()) == 0) {
        continues = true; // "X," he said, "Y."
      }
      out.add(
          new Quote(
              null,
              direct ? "direct" : "partial",
              body,
              content.start(),
              content.end(),
              a.speaker(),
              a.cue(),
              a.via(),
              continues ? PART_OF_PREVIOUS : null));
      last = a;
      lastEnd = q.end();
    }
    out.addAll(unquotedTranscript(text, entities));
    return out;
  }

  /**
   * "Leavitt: I don't think so." without quotation marks: a transcript line whose label is a person
   * the article names, or the reporter's "Q:".
   */
  private static List<Quote> unquotedTranscript(String text, EntityLayer entities) {
    List<Quote> out = new ArrayList<>();
    Matcher m = TRANSCRIPT_LINE.matcher(text);
    while (m.find()) {
      String label = m.group(1).strip();
      if (!isLabel(label)) {
        continue;
      }
      int start = m.start(2);
      int end = m.end(2);
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      EntityRef speaker;
      String cue;
      if (QUESTION_LABELS.contains(label)) {
        speaker = new EntityRef(null, "reporter");
        cue = "asked";
      } else {
        Entity e = entities.at(m.start(1), m.start(1) + label.length());
        if ((e == null || !e.type().equals("PERSON")) && isCapitals(label)) {
          e = PersonNamed.find(entities, label); // "FALLIN:", a person the article names
        }
        if (e == null || !e.type().equals("PERSON")) {
          continue; // "Note:", "WASHINGTON:": not a speaker
        }
        speaker = new EntityRef(e.id(), e.name());
        cue = ":";
      }
      out.add(
          new Quote(null, "direct", text.substring(start, end), start, end, speaker, cue, null));
    }
    return out;
  }

  /** "Leavitt", "Sen. Warren", "Q": a name, every word capitalized but a particle. */
  private static boolean isLabel(String label) {
    for (String w : label.split("\\s+")) {
      if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !NAME_PARTICLES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** "FALLIN", "JAKE TAPPER": a label in capitals, as transcripts write speakers. */
  private static boolean isCapitals(String label) {
    return label.length() > 1 && label.equals(label.toUpperCase(java.util.Locale.ROOT));
  }

  /** "Name: "..."" at the start of a line: the named speaker, or the reporter for "Q:". */
  private static Attribution transcript(String text, Span q, EntityLayer entities) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, q.start() - 1)) + 1;
    String lead = text.substring(lineStart, q.start() - 1);
    // "Polls did predict the caucus - HuffPollster: "...": a roundup item's headline, then its
    // source's label.
    Matcher dash = HEADLINE_DASH.matcher(lead);
    int label = 0;
    while (dash.find()) {
      label = dash.end();
    }
    lineStart += label;
    lead = lead.substring(label);
    Matcher m = TRANSCRIPT.matcher(lead);
    if (!m.matches()) {
      return null;
    }
    String name = m.group(1).strip();
    if (!isLabel(name)) {
      return null;
    }
    if (QUESTION_LABELS.contains(name)) {
      return new Attribution(new EntityRef(null, "reporter"), "asked", null);
    }
    Entity e = entities.at(lineStart, lineStart + name.length());
    EntityRef speaker =
        e != null ? new EntityRef(e.id(), e.name()) : PersonNamed.ref(entities, name);
    return new Attribution(speaker, ":", null);
  }

  /**
   * The attribution by the cue verb nearest the quotation, in the sentences the quotation stands in
   * and outside any quotation; a cue whose clause holds the quotation comes first.
   */
  private Attribution cued(
      ParsedArticle doc, QuotedSpans quoted, Span q, boolean mustGovern, SpeakerResolver r) {
    Attribution best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Sentence s : doc.sentences()) {
      if (s.end() < q.start() || s.start() > q.end()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (!cues.isCue(s, t) || quoted.inside(t.start())) {
          continue;
        }
        boolean governs = governs(s, t.index(), q);
        if (mustGovern && !governs) {
          continue;
        }
        int distance = t.start() >= q.end() ? t.start() - q.end() : q.start() - t.end();
        // She added, "...," noting ...: "added" holds the quotation, "noting" is nearer.
        distance += governs ? 1 : ASIDE;
        if (governs && handsOver(doc.text(), q, t)) {
          distance = 0; // '"...," Ruiz added': the cue the quotation hands over to is its own
        }
        if (distance >= 0 && distance < bestDistance) {
          // A short quotation in the question ("Asked whether X's "embrace" ...") is a scare
          // quote, not the reporter's words.
          Attribution a = mustGovern ? r.attribute(s, t) : Questions.attribution(s, t, r);
          if (a != null) {
            best = a;
            bestDistance = distance;
          }
        }
      }
    }
    if (mustGovern || best != null && bestDistance < ASIDE) {
      return best;
    }
    if (best != null) {
      // "After Ruiz criticized the plan, Park shot back, "..."": a verb that takes the quotation,
      // with a person as its subject, before a cue that only stands in the same sentence.
      Attribution own = personVerb(doc, q, r);
      return own != null ? own : best;
    }
    Attribution after = cueAfter(doc, q, r);
    if (after == null) {
      after = colonBefore(doc, q, r);
    }
    return after != null ? after : personVerb(doc, q, r);
  }

  /**
   * '"...," Trump shot back.': a verb outside the cue list that takes the quotation as what it
   * says, with a person the article names as its subject.
   */
  private static Attribution personVerb(ParsedArticle doc, Span q, SpeakerResolver r) {
    for (Sentence s : doc.sentences()) {
      if (s.end() < q.start() || s.start() > q.end()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (!t.isVerb() || r.quoted().inside(t.start()) || !governs(s, t.index(), q)) {
          continue;
        }
        int subject = SpeakerResolver.subjectOf(s, t.index(), r.quoted());
        Token who = subject < 0 ? null : s.tokens().get(subject);
        if (who == null || !who.isProperNoun()) {
          continue;
        }
        Entity e = r.entities().at(who.start(), who.end());
        if (e == null || !e.type().equals("PERSON")) {
          e = PersonNamed.find(r.entities(), who.word()); // "Park shot back": a surname
        }
        if (e != null && e.type().equals("PERSON")) {
          return new Attribution(new EntityRef(e.id(), e.name()), t.word(), null, t.start());
        }
      }
    }
    return null;
  }

  /**
   * "Jeffrey Jones writes:" closing the paragraph before a quotation that opens its own: the colon
   * hands the paragraph's speaker to the quotation.
   */
  private Attribution colonBefore(ParsedArticle doc, Span q, SpeakerResolver r) {
    String text = doc.text();
    int lineStart = text.lastIndexOf('\n', Math.max(0, q.start() - 1)) + 1;
    if (q.start() - lineStart > 2 || lineStart < 2 || text.charAt(lineStart - 2) != ':') {
      return null;
    }
    Sentence before = doc.sentenceAt(lineStart - 2);
    if (before == null) {
      return null;
    }
    for (int i = before.tokens().size() - 1; i >= 0; i--) {
      Token t = before.tokens().get(i);
      if (cues.isCue(before, t)) {
        return r.attribute(before, t);
      }
    }
    return null;
  }

  /**
   * "“... missing.” Trump said.": the sentence splitter ends the sentence at the quotation's full
   * stop, so the cue opens the next sentence of the paragraph.
   */
  private Attribution cueAfter(ParsedArticle doc, Span q, SpeakerResolver r) {
    String text = doc.text();
    char last = q.end() > q.start() ? text.charAt(q.end() - 1) : ' ';
    if (".?!".indexOf(last) < 0) {
      return null; // only a quotation the splitter could have ended
    }
    for (Sentence s : doc.sentences()) {
      if (s.start() <= q.end()
          || s.start() > q.end() + 2
          || text.substring(q.end(), s.start()).indexOf('\n') >= 0) {
        continue; // the next sentence of the same paragraph only
      }
      for (Token t : s.tokens()) {
        if (t.index() > CUE_AFTER_TOKENS) {
          break;
        }
        if (cues.isCue(s, t)) {
          return r.attribute(s, t);
        }
      }
    }
    return null;
  }

  /**
   * Whether a token inside the quotation hangs on the cue as what is said, and not first on a
   * question put to the speaker ("Asked if it is "...", 58 percent said yes": it is the question).
   */
  private static boolean governs(Sentence s, int cue, Span q) {
    for (Token t : s.tokens()) {
      if (t.start() < q.start() || t.end() > q.end()) {
        continue;
      }
      int at = t.index();
      for (int steps = 0; steps < MAX_CUE_DISTANCE; steps++) {
        Dependency d = s.headOf(at);
        if (d == null || d.governor() < 0) {
          break;
        }
        if (d.governor() == cue) {
          // "Asked whether X's "embrace" ..., she said" hangs on "said" by advcl: not what
          // she said.
          return CONTENT_LINKS.contains(d.relation());
        }
        at = d.governor();
        if (Questions.isQuestionPut(s.tokens().get(at))) {
          break;
        }
      }
    }
    return false;
  }

  /** The quotation without surrounding spaces and trailing commas; null if empty. */
  private static Span trim(String text, Span q) {
    int a = q.start();
    int b = q.end();
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == ',')) {
      b--;
    }
    return a < b ? new Span(a, b) : null;
  }

  /**
   * Most characters between a quotation and the cue it hands over to ('," Mayor Lena Park said').
   */
  private static final int HAND_OVER_GAP = 40;

  /** Whether the quotation ends in ",", "?" or "!" and the cue follows it in a few words. */
  private static boolean handsOver(String text, Span q, Token cue) {
    if (cue.start() < q.end() || cue.start() - q.end() > HAND_OVER_GAP || !endsStatement(text, q)) {
      return false;
    }
    String between = text.substring(q.end(), cue.start()).replaceFirst("^\\s*[\"”'’]+", "");
    return between.chars().noneMatch(c -> ".;:\"“”\n".indexOf(c) >= 0);
  }

  /** Whether the quotation ends as a sentence ends or hands over to its cue: ",", "?", "!". */
  private static boolean endsStatement(String text, Span q) {
    int i = q.end() - 1;
    while (i > q.start() && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i > q.start() && ",?!".indexOf(text.charAt(i)) >= 0;
  }

  /** Whether the mark opens a statement (after a line start, comma, colon, full stop, bracket). */
  private static boolean opensStatement(String text, int contentStart) {
    int i = contentStart - 1;
    while (i >= 0 && " \"“«'`‘".indexOf(text.charAt(i)) >= 0) {
      i--; // the mark itself (one or two characters) and spaces before it
    }
    return i < 0 || "\n,:—–.?!(".indexOf(text.charAt(i)) >= 0;
  }

  /** Line breaks between two offsets: 0 within a paragraph; MAX_VALUE when from is unset. */
  static int paragraphsBetween(String text, int from, int to) {
    if (from < 0) {
      return Integer.MAX_VALUE;
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
