package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The evaluation as text: the table of figures, and the misses one a line. */
public final class EvalReport {
  /** How much of a quote's text a miss line shows. */
  public static final int SHOWN_CHARS = 120;

  private EvalReport() {}

  /** The figures: detection and detection with the right speaker, overall, by kind, by cue. */
  public static String table(Evaluation e) {
    StringBuilder out = new StringBuilder();
    Counts all = e.all();
    out.append(
        String.format(
            Locale.ROOT,
            "Quote evaluation: %s on %d articles; %d gold attributions, %d predicted quotes%n",
            e.system(),
            e.articles().size(),
            all.gold(),
            all.predicted()));
    if (e.titleAttributions() > 0) {
      out.append(
          String.format(
              Locale.ROOT,
              "(%d gold attributions in title lines left out: the pipeline reads the title apart)%n",
              e.titleAttributions()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "Match: the two share >= %.0f%% of the smaller one's content words; one to one.%n%n",
            QuoteScorer.MIN_OVERLAP * 100));
    out.append(
        String.format(
            Locale.ROOT,
            "%-26s %6s %6s %6s %7s %7s %7s %7s%n",
            "",
            "gold",
            "found",
            "pred",
            "correct",
            "P",
            "R",
            "F1"));
    section(out, "all attributions", e, false);
    section(out, "verb-of-saying cues", e, true);
    int[] named = e.namedSources();
    out.append(
        String.format(
            Locale.ROOT,
            "%nspeaker right among matches with a named gold source: %d of %d (%s)%n",
            named[1],
            named[0],
            pct(Counts.ratio(named[1], named[0]))));
    int[] pronouns = e.pronounSources();
    out.append(
        String.format(
            Locale.ROOT,
            "speaker right among matches with a pronoun gold source: %d of %d (%s)%n",
            pronouns[1],
            pronouns[0],
            pct(Counts.ratio(pronouns[1], pronouns[0]))));
    int[] split = e.splitQuotes();
    out.append(
        String.format(
            Locale.ROOT,
            "false positives inside a gold content another prediction matched (split): %d of %d%n",
            split[1],
            split[0]));
    int[] kinds = e.kindAgreement();
    out.append(
        String.format(
            Locale.ROOT,
            "kind right among matches: %d of %d (%s)%n",
            kinds[1],
            kinds[0],
            pct(Counts.ratio(kinds[1], kinds[0]))));
    return out.toString();
  }

  private static void section(StringBuilder out, String title, Evaluation e, boolean speech) {
    out.append(title).append('\n');
    rows(out, "", speech ? e.speech() : e.all());
    for (String kind : Kinds.ALL) {
      rows(out, kind + " ", e.kind(kind, speech));
    }
  }

  private static void rows(StringBuilder out, String label, Counts c) {
    out.append(
        String.format(
            Locale.ROOT,
            "  %-24s %6d %6d %6d %7d %7s %7s %7s%n",
            label + "detection",
            c.gold(),
            c.foundGold(),
            c.predicted(),
            c.foundPredicted(),
            pct(c.precision(), c.predicted()),
            pct(c.recall(), c.gold()),
            pct(c.f1(), Math.min(c.predicted(), c.gold()))));
    out.append(
        String.format(
            Locale.ROOT,
            "  %-24s %6s %6d %6s %7d %7s %7s %7s%n",
            label + "+ speaker",
            "",
            c.rightGold(),
            "",
            c.rightPredicted(),
            pct(c.speakerPrecision(), c.predicted()),
            pct(c.speakerRecall(), c.gold()),
            pct(c.speakerF1(), Math.min(c.predicted(), c.gold()))));
  }

  /** A share, or "-" when it is over nothing (a baseline that predicts no partial quotes). */
  private static String pct(double v, int over) {
    return over == 0 ? "-" : pct(v);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", v * 100);
  }

  /**
   * Every miss, one a line: FN (gold not found), SPK (found, wrong speaker; with the predicted cue,
   * since a wrong speaker often means the prediction is another attribution's), FP (prediction
   * matching no gold), article by article.
   */
  public static List<String> misses(Evaluation e) {
    List<String> out = new ArrayList<>();
    for (QuoteScorer.ArticleResult a : e.articles()) {
      for (GoldAttribution g : a.gold()) {
        QuoteScorer.Match m = a.matchOf(g);
        if (m == null) {
          out.add(line("FN ", a.article(), kindOf(g), g.content(), g.source(), "-", g.cue()));
        } else if (!m.speakerRight()) {
          out.add(
              line(
                      "SPK",
                      a.article(),
                      kindOf(g),
                      g.content(),
                      g.source(),
                      m.predicted().speaker(),
                      g.cue())
                  + " | predicted cue: "
                  + (m.predicted().cue() == null ? "-" : m.predicted().cue()));
        }
      }
      for (PredictedQuote p : a.predicted()) {
        if (a.matchOf(p) == null) {
          out.add(line("FP ", a.article(), p.kind(), p.text(), "-", p.speaker(), p.cue()));
        }
      }
    }
    return out;
  }

  /**
   * The gold kind, with "/say" when its cue is a verb of saying and "/name" when its source is a
   * name (the slices it counts in).
   */
  private static String kindOf(GoldAttribution g) {
    return g.kind()
        + (Words.isSpeechCue(g.cue()) ? "/say" : "")
        + (g.sourceIsName() ? "/name" : "");
  }

  private static String line(
      String tag, String article, String kind, String text, String gold, String pred, String cue) {
    return String.format(
        Locale.ROOT,
        "%s %s [%s] \"%s\" gold speaker: %s | predicted: %s | cue: %s",
        tag,
        article,
        kind,
        cut(text),
        gold == null ? "-" : gold,
        pred == null ? "-" : pred,
        cue == null ? "-" : cue);
  }

  static String cut(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= SHOWN_CHARS ? flat : flat.substring(0, SHOWN_CHARS - 1) + "…";
  }
}
