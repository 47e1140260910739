package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.output.RecordJson;
import org.newsgraph.testing.CliRun;
import org.newsgraph.testing.Pipelines;
import org.newsgraph.testing.SharedData;

/** {@code eval quotes} end to end, on the fixture gold and on PolNeAR's dev annotations. */
class EvalQuotesCommandTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  /** Writes the pipeline's record for each fixture article, as analyze --out-dir would. */
  private Path writeRecords(List<GoldArticle> gold) throws Exception {
    Path records = Files.createDirectories(dir.resolve("records"));
    for (GoldArticle a : gold) {
      AnalysisRecord r = Pipelines.analyze(a.text(), a.published());
      Files.writeString(records.resolve(a.name() + ".json"), RecordJson.pretty(r));
    }
    return records;
  }

  @Test
  void recordsAreScoredAgainstGoldJsonAndMissesWritten() throws Exception {
    Path gold = GoldJsonTest.goldDir();
    Path records = writeRecords(GoldReader.read(gold));
    Path misses = dir.resolve("misses.txt");
    CliRun r =
        run(
            "eval",
            "quotes",
            "--gold",
            gold.toString(),
            "--records",
            records.toString(),
            "--misses",
            misses.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("on 3 articles; 12 gold attributions")
        .contains("verb-of-saying cues")
        .contains("speaker right among matches with a named gold source");
    assertThat(Files.readAllLines(misses))
        .allMatch(l -> l.matches("(FN |SPK|FP ) \\S+ \\[\\w+(/say)?(/name)?\\] .*"));
  }

  @Test
  void pipelineFindsTheFixtureDirectQuoteWithItsSpeaker() throws Exception {
    List<GoldArticle> gold = GoldReader.read(GoldJsonTest.goldDir().resolve("lusaka-talks.json"));
    Evaluation e =
        new QuoteEvaluator(RecordQuotes.pipeline(Pipelines.shared()), 1)
            .run(gold, System.err)
            .evaluation();
    assertThat(e.kind(Kinds.DIRECT, false).rightGold()).isEqualTo(1);
  }

  @Test
  void missingRecordFailsNamingTheArticle() throws Exception {
    Path records = Files.createDirectories(dir.resolve("empty"));
    CliRun r =
        run(
            "eval",
            "quotes",
            "--gold",
            GoldJsonTest.goldDir().toString(),
            "--records",
            records.toString(),
            "--show-misses",
            "0");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("lusaka-talks").contains("3 of 3 articles failed");
  }

  @Test
  void goldThatCannotBeReadIsAnErrorNotAnEmptyTable() {
    CliRun r = run("eval", "quotes", "--gold", dir.resolve("nothing").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no such file");
  }

  @Test
  void polnearDevAnnotationsAllReadWithVerifiedOffsets() throws Exception {
    Path dev = SharedData.require("data/polnear/dev");
    List<GoldArticle> gold = GoldReader.read(dev);
    assertThat(gold).hasSize(84);
    assertThat(gold).allMatch(a -> a.published() != null);
    assertThat(gold.stream().mapToInt(a -> a.attributions().size()).sum()).isGreaterThan(1000);
  }
}
