package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.newsgraph.pipeline.Stage;

/**
 * Finds quotations (direct, partial) and reported speech, each with its speaker. A first version:
 * the cue verb's subject is the speaker; an uncued quotation continues the previous speaker;
 * "Name:" lines are transcripts.
 */
public final class QuoteExtractor implements Stage<QuoteInput, List<Quote>> {
  /** "Leavitt:" or "Q:" opening a transcript line, before the quotation mark. */
  private static final Pattern TRANSCRIPT =
      Pattern.compile("(?m)^([\\p{Lu}][\\p{L}.'\\- ]{0,40}):\\s*$");

  /** A quotation this short is a scare quote unless a cue verb takes it as its argument. */
  private static final int SHORT_QUOTE_WORDS = 3;

  /** How far up the parse a short quotation may sit below its cue verb. */
  private static final int MAX_CUE_DISTANCE = 4;

  /** Relations by which what is said hangs on its cue verb. */
  private static final java.util.Set<String> CONTENT_LINKS =
      java.util.Set.of("ccomp", "xcomp", "obj", "iobj", "obl", "dep", "parataxis");

  private final SpeechCues cues;

  public QuoteExtractor(SpeechCues cues) {
    this.cues = cues;
  }

  /** Sentences with a quotation mark, a verb of saying or "according" are read by their parse. */
  public boolean needsParse(List<Token> tokens) {
    for (Token t : tokens) {
      String w = t.word();
      if (cues.isCue(t) || w.equalsIgnoreCase("according") || QUOTE_MARKS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> QUOTE_MARKS =
      java.util.Set.of("\"", "“", "”", "``", "''", "«", "»");

  @Override
  public List<Quote> apply(QuoteInput in) {
    ParsedArticle doc = in.doc();
    String text = doc.text();
    QuotedSpans quoted = QuotedSpans.of(text);
    List<Quote> out = new ArrayList<>();
    EntityRef lastSpeaker = null;
    int lastQuoteEnd = -1;
    for (Span q : quoted.spans()) {
      Span content = trim(text, q);
      if (content == null) {
        continue;
      }
      String body = text.substring(content.start(), content.end());
      int words = body.split("\\s+").length;
      EntityRef speaker = null;
      String cue = null;
      String lead = text.substring(lineStart(text, q.start()), q.start() - 1);
      Matcher m = TRANSCRIPT.matcher(lead);
      if (m.matches()) {
        String name = m.group(1).strip();
        int nameStart = lineStart(text, q.start());
        Entity e = in.entities().at(nameStart, nameStart + name.length());
        speaker =
            name.equals("Q")
                ? new EntityRef(null, "reporter")
                : e != null ? new EntityRef(e.id(), e.name()) : new EntityRef(null, name);
        cue = name.equals("Q") ? "asked" : ":";
      } else {
        Cue c = findCue(doc, quoted, q, words <= SHORT_QUOTE_WORDS);
        if (c != null) {
          int subject = SpeakerResolver.subjectOf(c.sentence, c.token.index());
          speaker =
              subject < 0 ? null : SpeakerResolver.resolve(doc, in.entities(), c.sentence, subject);
          cue = c.token.word();
        }
      }
      boolean direct = opensStatement(text, q.start());
      if (speaker == null) {
        if (words <= SHORT_QUOTE_WORDS
            || !direct
            || lastSpeaker == null
            || paragraphsBetween(text, lastQuoteEnd, q.start()) > 1) {
          continue; // a scare quote, or a quotation nobody is said to have said
        }
        speaker = lastSpeaker; // a quotation continuing the previous speaker's
      }
      out.add(
          new Quote(
              null,
              direct ? "direct" : "partial",
              body,
              content.start(),
              content.end(),
              speaker,
              cue,
              null));
      lastSpeaker = speaker;
      lastQuoteEnd = q.end();
    }
    out.addAll(reported(doc, in.entities(), quoted));
    out.sort(Comparator.comparingInt(Quote::start));
    List<Quote> numbered = new ArrayList<>(out.size());
    for (Quote q : out) {
      numbered.add(
          new Quote(
              "Q" + (numbered.size() + 1),
              q.kind(),
              q.text(),
              q.start(),
              q.end(),
              q.speaker(),
              q.cue(),
              q.via()));
    }
    return numbered;
  }

  private record Cue(Sentence sentence, Token token) {}

  /** The cue verb nearest the quotation in the sentences it touches, outside any quotation. */
  private Cue findCue(ParsedArticle doc, QuotedSpans quoted, Span q, boolean mustGovern) {
    Cue best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Sentence s : doc.sentences()) {
      if (s.end() < q.start() || s.start() > q.end()) {
        continue; // only the sentences the quotation itself stands in
      }
      for (Token t : s.tokens()) {
        if (!cues.isCue(t) || quoted.inside(t.start())) {
          continue;
        }
        boolean governs = governs(s, t.index(), q);
        if (mustGovern && !governs) {
          continue;
        }
        int distance = t.start() >= q.end() ? t.start() - q.end() : q.start() - t.end();
        // A cue whose clause holds the quotation beats a nearer one that does not:
        // She added, "...," noting ... -> "added".
        distance += governs ? 0 : 10_000;
        if (distance >= 0 && distance < bestDistance) {
          best = new Cue(s, t);
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /** Whether a token inside the quotation hangs on the cue within a few steps. */
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
          // The quotation must be what is said, not a clause beside it ("Asked whether X's
          // "embrace" ..., she said" hangs on "said" by advcl).
          return CONTENT_LINKS.contains(d.relation());
        }
        at = d.governor();
      }
    }
    return false;
  }

  /** Reported speech: a cue verb with a clause, or "according to X". */
  private List<Quote> reported(ParsedArticle doc, EntityLayer entities, QuotedSpans quoted) {
    List<Quote> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (quoted.inside(t.start())) {
          continue;
        }
        if (cues.isCue(t)) {
          for (Dependency d : s.childrenOf(t.index())) {
            if (!d.relation().equals("ccomp")
                || quoted.inside(s.tokens().get(d.dependent()).start())) {
              continue;
            }
            int subject = SpeakerResolver.subjectOf(s, t.index());
            if (subject < 0) {
              continue;
            }
            int[] r = clause(s, d.dependent());
            out.add(
                indirect(
                    doc,
                    s,
                    r[0],
                    r[1],
                    SpeakerResolver.resolve(doc, entities, s, subject),
                    t.word()));
          }
        } else if (t.word().equalsIgnoreCase("according")) {
          Dependency source = s.headOf(t.index());
          if (source == null || source.governor() < 0) {
            continue;
          }
          Dependency verb = s.headOf(source.governor());
          if (verb == null || verb.governor() < 0) {
            continue;
          }
          int[] r = clause(s, verb.governor());
          int[] src = clause(s, source.governor());
          int from = src[1] + 1 > r[0] && src[1] < r[1] ? src[1] + 1 : r[0];
          while (from < r[1] && s.tokens().get(from).pos().matches("[,.:]")) {
            from++;
          }
          out.add(
              indirect(
                  doc,
                  s,
                  from,
                  r[1],
                  SpeakerResolver.resolve(doc, entities, s, source.governor()),
                  "according to"));
        }
      }
    }
    return out;
  }

  private static Quote indirect(
      ParsedArticle doc, Sentence s, int from, int to, EntityRef speaker, String cue) {
    int last = to;
    while (last > from && s.tokens().get(last).pos().matches("[.,:]")) {
      last--;
    }
    int start = s.tokens().get(from).start();
    int end = s.tokens().get(last).end();
    return new Quote(
        null, "indirect", doc.text().substring(start, end), start, end, speaker, cue, null);
  }

  /** The token range under a clause head. */
  private static int[] clause(Sentence s, int head) {
    return s.extent(head, d -> true);
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

  /** Whether the mark opens a statement (after a line start, comma or colon) not a fragment. */
  private static boolean opensStatement(String text, int contentStart) {
    int i = contentStart - 2;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    // After a line start, a comma, a colon, a dash or a finished sentence.
    return i < 0 || "\n,:—–.?!".indexOf(text.charAt(i)) >= 0;
  }

  private static int lineStart(String text, int offset) {
    return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  }

  private static int paragraphsBetween(String text, int from, int to) {
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
