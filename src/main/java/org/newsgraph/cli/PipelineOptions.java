package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.nlp.ParseCache;
import org.newsgraph.pipeline.AnalysisPipeline;
import picocli.CommandLine.Option;

/** Options every analyzing command shares: lexicons, threads and a parse cache. */
final class PipelineOptions {
  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description = "An actor lexicon file of your own, added to the built-in one (repeatable).")
  List<Path> lexicons = new ArrayList<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Articles analyzed at once (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--parse-cache",
      paramLabel = "DIR",
      description =
          "Keep CoreNLP's results in DIR and reuse them: re-analyzing the same texts after a"
              + " lexicon or rule change then skips parsing. Output is the same as without it.")
  Path parseCache;

  AnalysisPipeline pipeline() {
    ActorLexicon lexicon =
        lexicons.isEmpty() ? ActorLexicon.builtIn() : ActorLexicon.withUserFiles(lexicons);
    NlpSettings settings = NlpSettings.defaults();
    return new AnalysisPipeline(
        settings, lexicon, parseCache == null ? null : ParseCache.in(parseCache, settings));
  }
}
