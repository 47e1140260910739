package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.DateMention;

/**
 * The dates of one article, in text order and not overlapping, with the lookups the quote and event
 * extractors use.
 *
 * @param anchor the publication date relative expressions were resolved against, or null
 */
public record DateLayer(List<DateMention> dates, LocalDate anchor) {
  public DateLayer {
    dates = List.copyOf(dates);
  }

  /** The mention whose span [start, end) covers the offset, or null. */
  public DateMention at(int offset) {
    for (DateMention d : dates) {
      if (d.start() <= offset && offset < d.end()) {
        return d;
      }
    }
    return null;
  }

  /** The mentions lying wholly inside [start, end), e.g. a sentence's span. */
  public List<DateMention> within(int start, int end) {
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : dates) {
      if (start <= d.start() && d.end() <= end) {
        out.add(d);
      }
    }
    return out;
  }

  /** The last mention with a value that ends at or before the offset, or null. */
  public DateMention latestBefore(int offset) {
    DateMention latest = null;
    for (DateMention d : dates) {
      if (d.end() > offset) {
        break;
      }
      if (d.value() != null) {
        latest = d;
      }
    }
    return latest;
  }
}
