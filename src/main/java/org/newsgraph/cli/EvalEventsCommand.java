package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.eval.events.EventScore;
import org.newsgraph.eval.events.GoldEvent;
import org.newsgraph.eval.events.GoldReader;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.pipeline.AnalysisPipeline;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.RawDocument;
import picocli.CommandLine.Command;
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

  @Override
  public Integer call() throws Exception {
    List<GoldEvent> events = GoldReader.read(gold);
    AnalysisPipeline pipeline = AnalysisPipeline.standard();
    EventScore score = new EventScore();
    for (GoldEvent g : events) {
      AnalysisRecord r =
          pipeline.analyze(
              new RawDocument(g.id(), g.text(), DocumentMetadata.NONE), DocumentMetadata.NONE);
      score.add(g, r.events());
    }
    System.out.println(gold + ": " + events.size() + " gold events");
    System.out.print(score.report(!noMisses));
    return 0;
  }
}
