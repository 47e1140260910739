package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Event;

/**
 * Fills the dates anchored to an action ("one day after U.S. forces seized a tanker") once the
 * event layer has dated that action: the date is the action's date plus the offset.
 */
public final class EventAnchoredDates {
  private EventAnchoredDates() {}

  /** The mentions, with those anchored to a dated event resolved; others unchanged. */
  public static List<DateMention> resolve(List<DateMention> dates, List<Event> events) {
    List<DateMention> out = new ArrayList<>(dates.size());
    for (DateMention d : dates) {
      out.add(d.value() == null && "event".equals(d.anchor()) ? fill(d, events) : d);
    }
    return out;
  }

  private static DateMention fill(DateMention d, List<Event> events) {
    if (d.offset() == null || d.anchorText() == null || d.offset().contains("X")) {
      return d;
    }
    int anchorStart = d.end() - d.anchorText().length();
    for (Event e : events) {
      if (e.trigger() == null
          || e.trigger().start() < anchorStart
          || e.trigger().end() > d.end()
          || !"text".equals(e.dateSource())
          || e.date() == null
          || e.date().length() != 10) {
        continue;
      }
      try {
        String value = LocalDate.parse(e.date()).plus(Period.parse(d.offset())).toString();
        return new DateMention(
            d.text(),
            value,
            d.start(),
            d.end(),
            d.relation(),
            d.anchor(),
            d.offset(),
            d.anchorText());
      } catch (DateTimeParseException ex) {
        return d;
      }
    }
    return d;
  }
}
