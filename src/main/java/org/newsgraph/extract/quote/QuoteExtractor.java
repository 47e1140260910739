package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.QuotedSpans;
import org.newsgraph.model.Embed;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Token;
import org.newsgraph.pipeline.Stage;

/**
 * The quote layer: quotations (direct, partial) and reported speech, each with its speaker and the
 * outlet that relayed it. Words of an embedded post are relayed by the post's author.
 */
public final class QuoteExtractor implements Stage<QuoteInput, List<Quote>> {
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''", "«", "»");

  private final SpeechCues cues;
  private final QuotationFinder quotations;
  private final ReportedSpeechFinder reported;

  public QuoteExtractor(SpeechCues cues) {
    this.cues = cues;
    this.quotations = new QuotationFinder(cues);
    this.reported = new ReportedSpeechFinder(cues, CueObjects.builtIn());
  }

  /** Sentences with a quotation mark, a verb of saying or "according" are read by their parse. */
  public boolean needsParse(List<Token> tokens) {
    for (Token t : tokens) {
      String w = t.word();
      if (cues.isCue(tokens, t) || w.equalsIgnoreCase("according") || QUOTE_MARKS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Quote> apply(QuoteInput in) {
    ParsedArticle doc = in.doc();
    QuotedSpans quoted = QuotedSpans.of(doc.text());
    SpeakerResolver resolver = new SpeakerResolver(doc, in.entities(), quoted, cues);
    List<Quote> out = new ArrayList<>(quotations.find(resolver));
    out.addAll(reported.find(resolver));
    out.sort(Comparator.comparingInt(Quote::start));
    List<Quote> numbered = new ArrayList<>(out.size());
    Quote previous = null; // the quotation before, in quotation marks
    for (Quote q : out) {
      String id = "Q" + (numbered.size() + 1);
      EntityRef via = q.via() != null ? q.via() : embedAround(doc, q);
      if (via == null) {
        via = relayedBy(out, q);
      }
      String partOf = null;
      if (QuotationFinder.PART_OF_PREVIOUS.equals(q.partOf()) && previous != null) {
        partOf = previous.partOf() != null ? previous.partOf() : previous.id();
      } else if (q.kind().equals("partial")) {
        partOf = enclosingClause(numbered, q);
      }
      Quote numberedQuote =
          new Quote(id, q.kind(), q.text(), q.start(), q.end(), q.speaker(), q.cue(), via, partOf);
      numbered.add(numberedQuote);
      if (!q.kind().equals("indirect")) {
        previous = numberedQuote;
      }
    }
    return numbered;
  }

  /** The reported clause by the same speaker that holds a partial quotation, if any. */
  private static String enclosingClause(List<Quote> before, Quote partial) {
    for (Quote q : before) {
      if (q.kind().equals("indirect")
          && q.start() <= partial.start()
          && partial.end() <= q.end() + 1
          && q.speaker().name().equals(partial.speaker().name())) {
        return q.id();
      }
    }
    return null;
  }

  /**
   * "Okafor said, "No comment," the Ledger reported": the outlet whose report holds the quotation
   * relayed it; null if no report holds it.
   */
  private static EntityRef relayedBy(List<Quote> all, Quote q) {
    for (Quote report : all) {
      if (report != q
          && report.kind().equals("indirect")
          && ReportedSpeechFinder.relays(report.cue())
          && report.start() <= q.start()
          && q.end() <= report.end() + 2 // the report's text stops before the closing mark
          && report.speaker() != null
          && (q.speaker() == null || !report.speaker().name().equals(q.speaker().name()))) {
        return report.speaker();
      }
    }
    return null;
  }

  /**
   * The author of the embedded post whose signature stood next to the quotation's paragraph: the
   * post's own lines sit just before or after where the signature was cut.
   */
  private static EntityRef embedAround(ParsedArticle doc, Quote q) {
    String text = doc.text();
    int lineStart = text.lastIndexOf('\n', Math.max(0, q.start() - 1)) + 1;
    int lineEnd = text.indexOf('\n', q.end());
    int after = lineEnd < 0 ? text.length() : lineEnd + 1;
    for (Embed e : doc.article().embeds()) {
      if (e.offset() != null && (e.offset() == lineStart || e.offset() == after)) {
        return new EntityRef(null, e.author());
      }
    }
    return null;
  }
}
