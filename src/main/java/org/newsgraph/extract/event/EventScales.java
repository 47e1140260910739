package org.newsgraph.extract.event;

import java.util.HashMap;
import java.util.Map;
import org.newsgraph.extract.event.trigger.TriggerLexicon;
import org.newsgraph.rules.RuleFile;

/**
 * The PLOVER quad class of each category ({@code event/plover-types.tsv}) and the Goldstein score
 * of each CAMEO code ({@code event/goldstein.tsv}), validated at load.
 */
public final class EventScales {
  private static final String[] QUAD_NAMES = {
    null, "VERBAL_COOPERATION", "MATERIAL_COOPERATION", "VERBAL_CONFLICT", "MATERIAL_CONFLICT"
  };

  private final Map<String, Integer> quads;
  private final Map<String, Double> goldstein;

  private EventScales(Map<String, Integer> quads, Map<String, Double> goldstein) {
    this.quads = Map.copyOf(quads);
    this.goldstein = Map.copyOf(goldstein);
  }

  /** The built-in tables. */
  public static EventScales builtIn() {
    Map<String, Integer> quads = new HashMap<>();
    for (RuleFile.Line l : RuleFile.read("/event/plover-types.tsv")) {
      String[] f = l.fields();
      if (f.length != 2 || !TriggerLexicon.PLOVER_TYPES.contains(f[0]) || !f[1].matches("[1-4]")) {
        throw l.error("expected a PLOVER category and a quad class 1-4");
      }
      quads.put(f[0], Integer.parseInt(f[1]));
    }
    if (!quads.keySet().equals(TriggerLexicon.PLOVER_TYPES)) {
      throw new IllegalStateException(
          "/event/plover-types.tsv: every PLOVER category needs a quad");
    }
    Map<String, Double> scores = new HashMap<>();
    for (RuleFile.Line l : RuleFile.read("/event/goldstein.tsv")) {
      String[] f = l.fields();
      if (f.length != 2 || !f[0].matches("\\d{2,4}") || !f[1].matches("-?\\d+(\\.\\d+)?")) {
        throw l.error("expected a CAMEO code and a score");
      }
      double v = Double.parseDouble(f[1]);
      if (v < -10 || v > 10 || scores.put(f[0], v) != null) {
        throw l.error("score outside -10..10, or code listed twice");
      }
    }
    return new EventScales(quads, scores);
  }

  /** The quad class name ("VERBAL_COOPERATION", ...) of a PLOVER category, or null. */
  public String quadClass(String type) {
    Integer q = quads.get(type);
    return q == null ? null : QUAD_NAMES[q];
  }

  /** The Goldstein score of a CAMEO code, from the code, its parent or its root; or null. */
  public Double goldstein(String cameo) {
    if (cameo == null) {
      return null;
    }
    for (int len = cameo.length(); len >= 2; len--) {
      Double v = goldstein.get(cameo.substring(0, len));
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
