package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence with its tokens and dependency parse; offsets are UTF-16 indexes into the article.
 *
 * @param index position in the article, from 0
 */
public record Sentence(
    int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** The dependency whose dependent is the given token, or null for an unattached token. */
  public Dependency headOf(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return null;
  }

  /** The dependencies whose governor is the given token. */
  public List<Dependency> childrenOf(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /** The first dependent of the token by the given relation ("xcomp", "nsubj"), or -1. */
  public int child(int token, String relation) {
    for (Dependency d : dependencies) {
      if (d.governor() == token && d.relation().equals(relation)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** Whether the token has a dependent by the relation whose word, lower-cased, is one of words. */
  public boolean hasChildWord(int token, String relation, Set<String> words) {
    for (Dependency d : dependencies) {
      if (d.governor() == token
          && d.relation().equals(relation)
          && words.contains(tokens.get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first and last token index of the subtree under {@code head}, following only the
   * dependencies {@code follow} accepts.
   */
  public int[] extent(int head, java.util.function.Predicate<Dependency> follow) {
    int lo = head;
    int hi = head;
    List<Integer> stack = new ArrayList<>(List.of(head));
    while (!stack.isEmpty()) {
      int at = stack.remove(stack.size() - 1);
      for (Dependency d : childrenOf(at)) {
        if (follow.test(d)) {
          lo = Math.min(lo, d.dependent());
          hi = Math.max(hi, d.dependent());
          stack.add(d.dependent());
        }
      }
    }
    return new int[] {lo, hi};
  }
}
