package org.newsgraph.extract.entity.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A word trie over every lexicon name, answering "how long is the longest name starting here" in
 * time proportional to that length. Names of kinds that ignore case live in a second, lower-cased
 * trie. Built once, then only read: safe to share between threads.
 */
final class NameIndex {
  private final Node exact = new Node();
  private final Node lowered = new Node();

  /** Adds a name already in {@link Names#normalize normal form}. */
  void add(String normalized, boolean ignoreCase) {
    for (List<String> words : Names.tokenSequences(Names.key(normalized, ignoreCase))) {
      Node node = ignoreCase ? lowered : exact;
      for (String word : words) {
        node = node.next.computeIfAbsent(word, w -> new Node());
      }
      node.end = true;
    }
  }

  /** The number of words of the longest name starting at {@code words[from]}, 0 if none. */
  int longestMatch(List<String> words, int from) {
    int best = 0;
    Node e = exact;
    Node l = lowered;
    for (int i = from; i < words.size() && (e != null || l != null); i++) {
      String word = Names.foldWord(words.get(i));
      if (word.isEmpty()) {
        break;
      }
      if (e != null) {
        e = e.next.get(word);
        if (e != null && e.end) {
          best = i - from + 1;
        }
      }
      if (l != null) {
        l = l.next.get(word.toLowerCase(Locale.ROOT));
        if (l != null && l.end) {
          best = i - from + 1;
        }
      }
    }
    return best;
  }

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    boolean end;
  }
}
