package org.newsgraph.extract.event;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.newsgraph.extract.time.DateLayer;
import org.newsgraph.model.DateMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Dates an event from the dates layer: the dated expression nearest its trigger in the sentence;
 * for the X of "spoke on Wednesday, two days after X", Wednesday less two days, unless X carries
 * its own date ("two days after rebels seized the airport on Tuesday").
 */
final class EventDating {
  /** A date and how it was found ("text"). */
  record Dated(String value, String source) {}

  private EventDating() {}

  /** The event's date, or null when the sentence gives none. */
  static Dated date(DateLayer dates, Sentence s, Token trigger) {
    DateMention shifted = dates.at(trigger.start());
    if (shifted != null && inAnchor(shifted, trigger) && shifted.offset() != null) {
      DateMention own = ownDate(dates, shifted);
      if (own != null) {
        return new Dated(own.value(), "text");
      }
      DateMention host = nearest(dates, s, trigger, shifted);
      String value = host == null ? null : minus(host.value(), shifted.offset());
      return value == null ? null : new Dated(value, "text");
    }
    DateMention d = nearest(dates, s, trigger, null);
    return d == null ? null : new Dated(d.value(), "text");
  }

  /** The date right after an action anchor, where the dates layer cut the anchor short. */
  private static DateMention ownDate(DateLayer dates, DateMention shifted) {
    if (!"text".equals(shifted.anchor())) {
      return null;
    }
    // Only a preposition ("on", "during") stands between the anchor and its date.
    for (DateMention d : dates.within(shifted.end(), Integer.MAX_VALUE)) {
      return d.value() != null && d.start() - shifted.end() <= 8 ? d : null;
    }
    return null;
  }

  private static boolean inAnchor(DateMention d, Token t) {
    return d.anchorText() != null && t.start() >= d.end() - d.anchorText().length();
  }

  private static DateMention nearest(DateLayer dates, Sentence s, Token t, DateMention except) {
    DateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (DateMention d : dates.within(s.start(), s.end())) {
      if (d.value() == null || d == except) {
        continue;
      }
      int distance = Math.abs(d.start() - t.start());
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** A full date less an ISO period ("P2D"); null when either is not exact enough. */
  static String minus(String date, String offset) {
    if (date == null || date.length() != 10 || offset.contains("X")) {
      return null;
    }
    try {
      return LocalDate.parse(date).minus(Period.parse(offset)).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
