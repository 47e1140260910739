package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command that runs the NLP stage takes {@code --parse-cache DIR}. */
class ParseCacheOptionTest {
  @Test
  void analyzeTakesTheCacheThroughThePipelineOptions() {
    AnalyzeCommand analyze = new AnalyzeCommand();
    new CommandLine(analyze).parseArgs("--parse-cache", "cache", "a.txt");
    assertThat(analyze.pipelineOptions.parseCache.dir).isEqualTo(Path.of("cache"));
  }

  @Test
  void evalEventsTakesItToo() {
    EvalEventsCommand events = new EvalEventsCommand();
    new CommandLine(events).parseArgs("--gold", "gold.txt", "--parse-cache", "cache");
    assertThat(events.parseCache.dir).isEqualTo(Path.of("cache"));
  }

  @Test
  void withoutTheOptionThereIsNoCache() {
    EvalEventsCommand events = new EvalEventsCommand();
    new CommandLine(events).parseArgs("--gold", "gold.txt");
    assertThat(events.parseCache.dir).isNull();
  }
}
