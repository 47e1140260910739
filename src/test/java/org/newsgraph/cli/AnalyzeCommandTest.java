package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.output.RecordJson;
import org.newsgraph.testing.CliRun;
import org.newsgraph.testing.Pipelines;

/** The analyze command end to end: a batch with bad inputs, output naming, exit codes. */
class AnalyzeCommandTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void badFilesAreReportedOneLineEachAndTheRestOfTheBatchIsAnalyzed() throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), Pipelines.readFixture("seizure.txt"));
    Path other =
        Files.writeString(dir.resolve("other.txt"), Pipelines.readFixture("metonym-kremlin.txt"));
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary =
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2});
    Path missing = dir.resolve("missing.txt");
    Path out = dir.resolve("out");

    CliRun r =
        run(
            "analyze",
            good.toString(),
            empty.toString(),
            binary.toString(),
            missing.toString(),
            other.toString(),
            "--published",
            "2025-12-11",
            "--out-dir",
            out.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.startsWith("newsgraph: " + dir)))
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).contains("empty.txt").contains("empty"))
        .anySatisfy(l -> assertThat(l).contains("binary.txt").contains("binary"))
        .anySatisfy(l -> assertThat(l).contains("missing.txt").contains("no such file"));
    assertThat(r.err()).contains("3 of 5 inputs failed");
    AnalysisRecord record = RecordJson.read(Files.readString(out.resolve("good.json")));
    assertThat(record.article().published()).isEqualTo("2025-12-11");
    assertThat(record.article().publishedSource()).isEqualTo("given");
    assertThat(out.resolve("other.json")).exists();
    assertThat(out.resolve("empty.json")).doesNotExist();
  }

  @Test
  void severalFilesGiveJsonLinesInInputOrder() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), Pipelines.readFixture("seizure.txt"));
    Path b = Files.writeString(dir.resolve("b.txt"), Pipelines.readFixture("dated-term.txt"));

    CliRun r = run("analyze", a.toString(), b.toString(), "--publisher", "Example Wire");

    assertThat(r.exit()).isZero();
    var lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(RecordJson.read(lines.get(0)).article().text()).contains("seized");
    assertThat(RecordJson.read(lines.get(1)).article().text()).contains("rally");
    assertThat(RecordJson.read(lines.get(0)).article().publisher()).isEqualTo("Example Wire");
  }

  @Test
  void textFormatIsAReportOfWhoSaidAndDidWhat() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), Pipelines.readFixture("pronoun-speaker.txt"));

    CliRun r = run("analyze", a.toString(), "--format", "text", "--published", "2025-03-07");

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Who said what", "Who did what to whom", "Luiz Inácio Lula da Silva");
  }

  @Test
  void aPublicationDateThatIsNoDateIsAUsageError() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "Some text.");

    CliRun r = run("analyze", a.toString(), "--published", "last Tuesday");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--published", "last Tuesday");
  }

  @Test
  void twoInputsThatWouldWriteTheSameFileAreAUsageError() throws IOException {
    Files.createDirectories(dir.resolve("x"));
    Files.createDirectories(dir.resolve("y"));
    Path a = Files.writeString(dir.resolve("x/same.txt"), "One.");
    Path b = Files.writeString(dir.resolve("y/same.txt"), "Two.");

    CliRun r =
        run("analyze", a.toString(), b.toString(), "--out-dir", dir.resolve("out").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("same.json");
  }
}
