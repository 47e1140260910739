package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.eval.events.EventScore;
import org.newsgraph.eval.events.GoldEvent;
import org.newsgraph.eval.events.GoldReader;
import org.newsgraph.extract.entity.lexicon.ActorLexicon;
import org.newsgraph.model.Event;
import org.newsgraph.nlp.NlpSettings;
import org.newsgraph.pipeline.AnalysisPipeline;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eval events --gold PATH}: event coding scored against gold sentences. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Scores event coding against PLOVER gold records or the project's gold format.")
public final class EvalEventsCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "PATH", description = "The gold file.")
  Path gold;

  @Option(names = "--no-misses", description = "Leave the list of misses out of the report.")
  boolean noMisses;

  @Mixin ParseCacheOption parseCache = new ParseCacheOption();

  @Override
  public Integer call() throws Exception {
    List<GoldEvent> events = GoldReader.read(gold);
    NlpSettings settings = NlpSettings.defaults();
    AnalysisPipeline pipeline =
        new AnalysisPipeline(settings, ActorLexicon.builtIn(), parseCache.cache(settings));
    EventScore score = new EventScore();
    Map<String, Set<String>> typesOfSentence = new HashMap<>();
    events.forEach(
        g -> typesOfSentence.computeIfAbsent(g.text(), k -> new HashSet<>()).add(g.type()));
    Map<String, List<Event>> predicted = new HashMap<>();
    for (GoldEvent g : events) {
      List<Event> got =
          predicted.computeIfAbsent(
              g.text(),
              text ->
                  pipeline
                      .analyze(
                          new RawDocument(g.id(), text, DocumentMetadata.NONE),
                          DocumentMetadata.NONE)
                      .events());
      score.add(g, got, typesOfSentence.get(g.text()));
    }
    System.out.println(gold + ": " + events.size() + " gold events");
    System.out.print(score.report(!noMisses));
    return 0;
  }
}
