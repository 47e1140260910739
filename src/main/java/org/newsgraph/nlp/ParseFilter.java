package org.newsgraph.nlp;

import java.util.List;

/**
 * Decides which sentences get a dependency parse, the costliest NLP step. Each extractor says which
 * sentences it reads the parse of; a sentence no extractor needs is left unparsed.
 */
@FunctionalInterface
public interface ParseFilter {
  /** Whether a sentence with these tokens (no dependencies yet) needs a parse. */
  boolean needsParse(List<Token> tokens);

  /** Parse every sentence. */
  ParseFilter ALL = tokens -> true;

  /** A filter that parses what any of the given filters needs. */
  static ParseFilter anyOf(List<ParseFilter> filters) {
    List<ParseFilter> copy = List.copyOf(filters);
    return tokens -> {
      for (ParseFilter f : copy) {
        if (f.needsParse(tokens)) {
          return true;
        }
      }
      return false;
    };
  }
}
