package org.newsgraph.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.SearchResult;
import org.newsgraph.store.SqliteArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph search}: full-text search over the stored articles. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description =
        "Finds stored articles with all the words (FTS5 syntax works too: \"a phrase\", OR,"
            + " NEAR) and prints id, date, title and a snippet with the matches in [brackets].")
final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The words to find.")
  java.util.List<String> words;

  @Option(names = "--limit", paramLabel = "N", description = "Results to show (default: 10).")
  int limit = SearchQuery.DEFAULT_LIMIT;

  @Option(names = "--offset", paramLabel = "N", description = "Results to skip (default: 0).")
  int offset;

  @Mixin DataOption data;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SearchQuery query;
    try {
      query = SearchQuery.of(String.join(" ", words)).page(limit, offset);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    try (SqliteArticleStore store = data.open()) {
      SearchResult result = store.search(query);
      System.out.printf(
          Locale.ROOT,
          "%d %s; %d to %d:%n",
          result.total(),
          result.total() == 1 ? "article matches" : "articles match",
          result.hits().isEmpty() ? 0 : offset + 1,
          offset + result.hits().size());
      for (SearchResult.Hit h : result.hits()) {
        System.out.println();
        System.out.println(
            h.id()
                + "  "
                + (h.published() == null ? "(no date)" : h.published())
                + "  "
                + (h.title() == null ? "(no title)" : h.title()));
        System.out.println("  " + h.snippet().replace('\n', ' ').strip());
      }
      return 0;
    }
  }
}
