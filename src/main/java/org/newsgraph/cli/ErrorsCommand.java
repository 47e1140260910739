package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.IngestError;
import org.newsgraph.store.SqliteArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsgraph errors}: the inputs that could not be ingested, and why. */
@Command(
    name = "errors",
    mixinStandardHelpOptions = true,
    description = "Lists the inputs ingest could not store: when, how often, which, and why.")
final class ErrorsCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Override
  public Integer call() {
    try (SqliteArticleStore store = data.open()) {
      List<IngestError> errors = store.errors();
      for (IngestError e : errors) {
        System.out.println(
            e.at()
                + "\t"
                + (e.times() > 1 ? e.times() + "x\t" : "")
                + e.input()
                + "\t"
                + e.reason());
      }
      return 0;
    }
  }
}
