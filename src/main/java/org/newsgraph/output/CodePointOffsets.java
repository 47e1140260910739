package org.newsgraph.output;

import java.util.List;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Article;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;

/**
 * Converts a record's offsets from UTF-16 indexes, which the extractors use, to the Unicode code
 * points the record's contract promises. Text without surrogate pairs passes through unchanged.
 */
public final class CodePointOffsets {
  private final int[] codePointAt;

  private CodePointOffsets(String text) {
    codePointAt = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      codePointAt[i] = cp;
      if (!Character.isLowSurrogate(text.charAt(i))
          || i == 0
          || !Character.isHighSurrogate(text.charAt(i - 1))) {
        cp++;
      } else {
        // The low half of a pair shares the pair's code point index.
        codePointAt[i] = cp - 1;
      }
    }
    codePointAt[text.length()] = cp;
  }

  /** The record with every offset counted in code points. */
  public static AnalysisRecord convert(AnalysisRecord record) {
    String text = record.article().text();
    if (text.codePointCount(0, text.length()) == text.length()) {
      return record;
    }
    CodePointOffsets c = new CodePointOffsets(text);
    Article a = record.article();
    Article article =
        new Article(
            a.id(),
            a.url(),
            a.title(),
            a.publisher(),
            a.published(),
            a.publishedSource(),
            a.language(),
            a.text(),
            a.removed(),
            a.embeds().stream().map(e -> e.offset() == null ? e : e.at(c.at(e.offset()))).toList(),
            a.authors());
    return new AnalysisRecord(
        record.schema(),
        article,
        record.entities().stream().map(c::entity).toList(),
        record.quotes().stream().map(c::quote).toList(),
        record.events().stream().map(c::event).toList(),
        record.dates().stream().map(c::date).toList(),
        record.places().stream().map(c::place).toList());
  }

  private int at(int utf16) {
    return codePointAt[utf16];
  }

  private Mention mention(Mention m) {
    return m == null ? null : new Mention(at(m.start()), at(m.end()), m.text());
  }

  private List<Mention> mentions(List<Mention> ms) {
    return ms.stream().map(this::mention).toList();
  }

  private Entity entity(Entity e) {
    return new Entity(e.id(), e.name(), e.type(), e.title(), e.actor(), mentions(e.mentions()));
  }

  private Quote quote(Quote q) {
    return new Quote(
        q.id(),
        q.kind(),
        q.text(),
        at(q.start()),
        at(q.end()),
        q.speaker(),
        q.cue(),
        q.via(),
        q.partOf());
  }

  private Event event(Event e) {
    return e.withMentions(this::mention);
  }

  private DateMention date(DateMention d) {
    return new DateMention(
        d.text(), d.value(), at(d.start()), at(d.end()), d.relation(), d.anchor());
  }

  private Place place(Place p) {
    return new Place(p.name(), p.country(), p.lat(), p.lon(), mentions(p.mentions()));
  }
}
