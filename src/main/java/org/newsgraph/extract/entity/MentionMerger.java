package org.newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges mentions into clusters, one per entity: a lexicon name with its aliases ("Putin" and
 * "Vladimir Putin"), a surname with the full name it ends ("Maduro", "Nicolás Maduro"), a group
 * with its actor code, other names by their words.
 */
final class MentionMerger {
  private MentionMerger() {}

  /** A growing entity: its mentions in text order. */
  static final class Cluster {
    final String type;
    final List<Candidate> mentions = new ArrayList<>();

    Cluster(String type) {
      this.type = type;
    }

    int firstStart() {
      return mentions.stream().mapToInt(Candidate::start).min().orElse(0);
    }
  }

  static List<Cluster> merge(List<Candidate> candidates) {
    Map<String, Cluster> byKey = new LinkedHashMap<>();
    List<Candidate> ordered = new ArrayList<>(candidates);
    // Longer names first, so a surname finds the full name it belongs to.
    ordered.sort(
        Comparator.comparingInt((Candidate c) -> -words(c.text()).size())
            .thenComparingInt(Candidate::start));
    for (Candidate c : ordered) {
      String key = c.key() != null ? c.key() : c.type() + ":" + normalize(c.text());
      Cluster cluster = byKey.get(key);
      if (cluster == null && c.key() == null && "PERSON".equals(c.type())) {
        cluster = personEndingWith(byKey.values(), words(c.text()), c.start());
      }
      if (cluster == null) {
        cluster = new Cluster(c.type());
        byKey.put(key, cluster);
      }
      cluster.mentions.add(c);
    }
    List<Cluster> out = new ArrayList<>(new java.util.LinkedHashSet<>(byKey.values()));
    for (Cluster cl : out) {
      cl.mentions.sort(Comparator.comparingInt(Candidate::start));
    }
    out.sort(Comparator.comparingInt(Cluster::firstStart));
    return out;
  }

  /** The person cluster one of whose names ends with these words, nearest before the offset. */
  private static Cluster personEndingWith(
      Iterable<Cluster> clusters, List<String> words, int offset) {
    Cluster best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Cluster cl : clusters) {
      if (!"PERSON".equals(cl.type)) {
        continue;
      }
      for (Candidate m : cl.mentions) {
        List<String> mw = words(m.text());
        if (mw.size() > words.size()
            && mw.subList(mw.size() - words.size(), mw.size()).equals(words)) {
          int distance = Math.abs(offset - m.start()) + (m.start() > offset ? 1_000_000 : 0);
          if (distance < bestDistance) {
            best = cl;
            bestDistance = distance;
          }
        }
      }
    }
    return best;
  }

  static List<String> words(String text) {
    return List.of(normalize(text).split(" "));
  }

  static String normalize(String text) {
    String t =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace(".", "")
            .replaceAll("\\s+", " ")
            .strip()
            .toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("the ") ? t.substring(4) : t;
  }
}
