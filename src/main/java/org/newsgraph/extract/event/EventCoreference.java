package org.newsgraph.extract.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.time.DateLayer;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.EventActor;

/**
 * Merges the mentions of one action within an article ("Maduro's phone call with Putin", "the
 * call", "the conversation", "the phone call between Maduro and Putin") and then dates actions from
 * one another: in "the conversation took place one day after U.S. forces seized a tanker", the
 * seizure is the conversation's date less one day.
 */
final class EventCoreference {
  /** How many earlier events a mention is compared with; bounds the work on long articles. */
  static final int MAX_LOOKBACK = 40;

  private EventCoreference() {}

  static void merge(List<EventDraft> drafts, DateLayer dates) {
    for (int i = 0; i < drafts.size(); i++) {
      EventDraft d = drafts.get(i);
      if (d.negated || d.hypothetical || (!d.trigger.noun() && parties(d).size() < 2)) {
        continue;
      }
      for (int j = i - 1; j >= Math.max(0, i - MAX_LOOKBACK); j--) {
        EventDraft earlier = root(drafts.get(j));
        if (earlier != d && compatible(earlier, d)) {
          earlier.others.add(d);
          d.mergedInto = earlier;
          if (earlier.source == null) {
            earlier.source = d.source;
          }
          if (earlier.target == null) {
            earlier.target = d.target;
          }
          if (earlier.date == null) {
            earlier.date = d.date;
          }
          break;
        }
      }
    }
    for (EventDraft d : drafts) {
      dateFromAnchor(d, drafts, dates);
    }
  }

  private static EventDraft root(EventDraft d) {
    return d.mergedInto == null ? d : d.mergedInto;
  }

  /** Same category and mode, not denied, and the same parties where both name them. */
  private static boolean compatible(EventDraft earlier, EventDraft d) {
    if (!earlier.type.equals(d.type)
        || earlier.negated
        || earlier.hypothetical
        || (earlier.mode != null && d.mode != null && !earlier.mode.equals(d.mode))) {
      return false;
    }
    Set<String> a = parties(earlier);
    Set<String> b = parties(d);
    if (b.isEmpty()) {
      return d.definite; // "the call": the last call reported
    }
    return a.equals(b) || (d.definite && a.containsAll(b));
  }

  private static Set<String> parties(EventDraft d) {
    Set<String> out = new HashSet<>();
    for (EventActor a : new EventActor[] {d.source, d.target}) {
      if (a != null) {
        out.add(a.entity() != null ? a.entity() : a.name());
      }
    }
    return out;
  }

  /**
   * "X took place one day after Y": dates Y from X (or X from Y) when the dates layer left the
   * expression to the event layer.
   */
  private static void dateFromAnchor(EventDraft d, List<EventDraft> drafts, DateLayer dates) {
    for (DateMention m : dates.within(d.sentence.start(), d.sentence.end())) {
      if (m.offset() == null || m.anchorText() == null || m.value() != null) {
        continue;
      }
      int anchorStart = m.end() - m.anchorText().length();
      boolean inAnchor =
          d.triggerMention.start() >= anchorStart && d.triggerMention.start() < m.end();
      for (EventDraft other : drafts) {
        if (other == d || other.sentence != d.sentence) {
          continue;
        }
        boolean otherIn =
            other.triggerMention.start() >= anchorStart && other.triggerMention.start() < m.end();
        if (inAnchor == otherIn) {
          continue;
        }
        EventDraft host = inAnchor ? root(other) : root(d);
        EventDraft anchored = inAnchor ? root(d) : root(other);
        if (anchored.date == null && host.date != null) {
          anchored.date = EventDating.minus(host.date, m.offset());
        } else if (host.date == null && anchored.date != null) {
          host.date = EventDating.minus(anchored.date, negate(m.offset()));
        }
      }
    }
  }

  private static String negate(String offset) {
    return offset.startsWith("-") ? offset.substring(1) : "-" + offset;
  }
}
