package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.pipeline.AnalysisPipeline;
import picocli.CommandLine.Mixin;
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

  @Mixin ParseCacheOption parseCache = new ParseCacheOption();

  AnalysisPipeline pipeline() {
    ActorLexicon lexicon =
        lexicons.isEmpty() ? ActorLexicon.builtIn() : ActorLexicon.withUserFiles(lexicons);
    NlpSettings settings = NlpSettings.defaults();
    return new AnalysisPipeline(settings, lexicon, parseCache.cache(settings));
  }
}
