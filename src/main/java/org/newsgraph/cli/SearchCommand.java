package org.newsgraph.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.query.ArticleFilter;
import org.newsgraph.store.query.ArticleHit;
import org.newsgraph.store.query.ArticleQueries;
import org.newsgraph.store.query.Page;
import org.newsgraph.store.query.PageRequest;
import org.newsgraph.store.query.ReadDb;
import org.newsgraph.store.query.SnippetFormat;
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
  List<String> words;

  @Option(names = "--limit", paramLabel = "N", description = "Results to show (default: 10).")
  int limit = 10;

  @Option(names = "--offset", paramLabel = "N", description = "Results to skip (default: 0).")
  int offset;

  @Mixin DateOptions dates;

  @Option(names = "--publisher", paramLabel = "NAME", description = "Only this publisher's.")
  String publisher;

  @Mixin DataOption data;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ArticleFilter filter;
    try {
      if (limit < 1 || limit > PageRequest.MAX_SIZE || offset < 0 || offset % limit != 0) {
        throw new IllegalArgumentException(
            "--limit must be 1 to "
                + PageRequest.MAX_SIZE
                + " and --offset a multiple of it, got "
                + limit
                + " and "
                + offset);
      }
      filter = new ArticleFilter(String.join(" ", words), dates.range(), publisher);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    // Opening the store once brings its schema up to date; the search reads through ReadDb.
    data.open().close();
    try (ReadDb db = ReadDb.open(data.dir)) {
      Page<ArticleHit> result =
          new ArticleQueries(db, SnippetFormat.BRACKETS)
              .list(filter, new PageRequest(offset / limit + 1, limit));
      System.out.printf(
          Locale.ROOT,
          "%d %s; %d to %d:%n",
          result.total(),
          result.total() == 1 ? "article matches" : "articles match",
          result.items().isEmpty() ? 0 : offset + 1,
          offset + result.items().size());
      for (ArticleHit h : result.items()) {
        System.out.println();
        System.out.println(
            h.id()
                + "  "
                + (h.published() == null ? "(no date)" : h.published())
                + "  "
                + (h.title() == null ? "(no title)" : h.title()));
        System.out.println("  " + h.snippet().strip());
      }
      return 0;
    }
  }
}
