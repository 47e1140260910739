package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.nlp.ParseCache;
import picocli.CommandLine.Option;

/** The {@code --parse-cache DIR} option, for every command that runs the NLP stage. */
final class ParseCacheOption {
  @Option(
      names = "--parse-cache",
      paramLabel = "DIR",
      description =
          "Keep CoreNLP's results in DIR and reuse them: re-analyzing the same texts after a"
              + " lexicon or rule change then skips parsing. Output is the same as without it.")
  Path dir;

  /** The cache the option names, or null when none was asked for. */
  ParseCache cache(NlpSettings settings) {
    return dir == null ? null : ParseCache.in(dir, settings);
  }
}
