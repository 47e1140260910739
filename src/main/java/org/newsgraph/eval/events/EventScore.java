package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;

/**
 * Scores predicted events against gold sentences. Each gold sentence holds one gold event. The
 * prediction for a sentence is the set of categories of its plain events (neither negated nor
 * hypothetical). For type: a true positive when the gold category is in that set; every other
 * category in the set is a false positive; a gold category not in the set is a false negative. For
 * type + source + target, a true positive also needs one event of the gold category whose source
 * matches one gold source and whose target matches one gold target; a role the gold leaves empty is
 * not scored. Actors match on country, and on sector when the gold gives one of the sectors the
 * project codes. The report lists the misses, then the sentences scored right that also hold other
 * categories (their type false positives).
 */
public final class EventScore {
  private int typeTp;
  private int typeFp;
  private int typeFn;
  private int fullTp;
  private int fullFp;
  private int fullFn;

  /**
   * False positives counted only for events whose trigger is among the words the gold marks as an
   * event ("EVT" in the PLOVER markup): the gold codes one event per sentence and leaves the others
   * in it unannotated, so an event elsewhere in the sentence is neither right nor wrong.
   */
  private int markedTypeFp;

  private int markedFullFp;

  /** gold category → predicted category ("-" for none) → count. */
  private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();

  private final List<String> misses = new ArrayList<>();

  /** Records scored right on type, source and target that also hold other categories. */
  private final List<String> extras = new ArrayList<>();

  /** Adds one gold sentence and the events predicted on it. */
  public void add(GoldEvent gold, List<Event> predicted) {
    add(gold, predicted, Set.of(gold.type()));
  }

  /**
   * Adds one gold record and the events predicted on its sentence, where {@code sentenceTypes} are
   * the categories of every gold record of the same sentence: the gold codes some sentences twice,
   * once per event ("opened fire ... arresting 12": ASSAULT and COERCE), and a category another
   * record of the sentence holds is no false positive here.
   */
  public void add(GoldEvent gold, List<Event> predicted, Set<String> sentenceTypes) {
    List<Event> plain = predicted.stream().filter(e -> !e.negated() && !e.hypothetical()).toList();
    TreeSet<String> types = new TreeSet<>();
    plain.forEach(e -> types.add(e.type()));
    boolean hit = types.contains(gold.type());
    typeTp += hit ? 1 : 0;
    typeFn += hit ? 0 : 1;
    long others = types.stream().filter(t -> !sentenceTypes.contains(t)).count();
    typeFp += (int) others;
    long markedOthers =
        plain.stream()
            .filter(e -> !sentenceTypes.contains(e.type()) && inMarkedWords(e, gold.eventWords()))
            .map(Event::type)
            .distinct()
            .count();
    markedTypeFp += (int) markedOthers;
    boolean full =
        hit
            && plain.stream()
                .anyMatch(
                    e ->
                        e.type().equals(gold.type())
                            && matches(gold.sources(), e.source())
                            && matches(gold.targets(), e.target()));
    fullTp += full ? 1 : 0;
    fullFn += full ? 0 : 1;
    fullFp += (int) others + (hit && !full ? 1 : 0);
    markedFullFp += (int) markedOthers + (hit && !full ? 1 : 0);
    Map<String, Integer> row = confusion.computeIfAbsent(gold.type(), k -> new TreeMap<>());
    if (types.isEmpty()) {
      row.merge("-", 1, Integer::sum);
    } else if (hit) {
      row.merge(gold.type(), 1, Integer::sum);
    } else {
      types.forEach(t -> row.merge(t, 1, Integer::sum));
    }
    if (!full || others > 0) {
      StringBuilder m = new StringBuilder();
      m.append(gold.id()).append("  gold ").append(gold.type());
      m.append(" ").append(actors(gold.sources())).append(" → ").append(actors(gold.targets()));
      m.append("\n    got ");
      if (plain.isEmpty()) {
        m.append("nothing");
      }
      for (Event e : plain) {
        m.append(e.type()).append(" '").append(e.trigger().text()).append("' ");
        m.append(code(e.source())).append(" → ").append(code(e.target())).append("; ");
      }
      m.append("\n    ").append(gold.text());
      (full ? extras : misses).add(m.toString());
    }
  }

  /**
   * Whether a word of the event's trigger is one of the gold's marked event words (or none is
   * marked).
   */
  static boolean inMarkedWords(Event e, List<String> marked) {
    if (marked.isEmpty()) {
      return true;
    }
    for (String w : e.trigger().text().toLowerCase(Locale.ROOT).split("\\W+")) {
      for (String span : marked) {
        if (w.length() > 2
            && (" " + span.toLowerCase(Locale.ROOT) + " ").matches(".*\\W" + w + "\\W.*")) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean matches(List<GoldEvent.GoldActor> gold, EventActor got) {
    if (gold.isEmpty()) {
      return true;
    }
    if (got == null || got.actor() == null) {
      return false;
    }
    Actor a = got.actor();
    for (GoldEvent.GoldActor g : gold) {
      boolean country = g.country() == null || g.country().equals(a.country());
      boolean sector = g.sector() == null || g.sector().equals(a.sector());
      if (country && sector) {
        return true;
      }
    }
    return false;
  }

  private static String actors(List<GoldEvent.GoldActor> as) {
    if (as.isEmpty()) {
      return "—";
    }
    List<String> out = new ArrayList<>();
    for (GoldEvent.GoldActor a : as) {
      out.add((a.country() == null ? "" : a.country()) + (a.sector() == null ? "" : a.sector()));
    }
    return String.join("+", out);
  }

  private static String code(EventActor a) {
    if (a == null) {
      return "—";
    }
    return a.actor() == null ? "'" + a.name() + "'" : a.actor().code();
  }

  /** The report: P/R/F1 for both levels, the confusion table, then the misses. */
  public String report(boolean withMisses) {
    StringBuilder out = new StringBuilder();
    out.append(line("type", typeTp, typeFp, typeFn));
    out.append(line("type+source+target", fullTp, fullFp, fullFn));
    out.append("false positives only on the words the gold marks as an event (EVT):\n");
    out.append(line("type (EVT)", typeTp, markedTypeFp, typeFn));
    out.append(line("type+src+tgt (EVT)", fullTp, markedFullFp, fullFn));
    out.append("\nconfusion (rows gold, columns predicted; '-' nothing predicted)\n");
    TreeSet<String> cols = new TreeSet<>();
    confusion.values().forEach(r -> cols.addAll(r.keySet()));
    out.append(String.format(Locale.ROOT, "%-10s", ""));
    cols.forEach(c -> out.append(String.format(Locale.ROOT, " %5.5s", c)));
    out.append('\n');
    confusion.forEach(
        (g, row) -> {
          out.append(String.format(Locale.ROOT, "%-10s", g));
          cols.forEach(c -> out.append(String.format(Locale.ROOT, " %5d", row.getOrDefault(c, 0))));
          out.append('\n');
        });
    if (withMisses) {
      out.append("\nmisses (").append(misses.size()).append(")\n");
      misses.forEach(m -> out.append(m).append('\n'));
      out.append("\nright, with other categories besides (").append(extras.size()).append(")\n");
      extras.forEach(m -> out.append(m).append('\n'));
    }
    return out.toString();
  }

  private static String line(String what, int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return String.format(
        Locale.ROOT,
        "%-20s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
        what,
        p,
        r,
        f,
        tp,
        fp,
        fn);
  }

  public double typeF1() {
    return f1(typeTp, typeFp, typeFn);
  }

  public double fullF1() {
    return f1(fullTp, fullFp, fullFn);
  }

  /** Type F1 with false positives counted only on the gold's marked event words. */
  public double markedTypeF1() {
    return f1(typeTp, markedTypeFp, typeFn);
  }

  private static double f1(int tp, int fp, int fn) {
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
