package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.store.SqliteArticleStore;
import picocli.CommandLine.Option;

/** The data directory option of the commands that use the store. */
final class DataOption {
  /** The data directory when none is given. */
  static final String DEFAULT_DIR = "newsgraph-data";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The data directory holding the store (default: ./" + DEFAULT_DIR + ").")
  Path dir = Path.of(DEFAULT_DIR);

  SqliteArticleStore open() {
    return SqliteArticleStore.open(dir);
  }
}
