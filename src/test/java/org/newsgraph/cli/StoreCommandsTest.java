package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search and errors end to end, on one data directory. */
class StoreCommandsTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Run(
          exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void ingestTwiceThenSearchAndListTheErrors() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("quota.txt"),
        "Quota talks end\n\nFisheries ministers from Norway and Iceland agreed on new herring"
            + " quotas in Reykjavik on Thursday.\n",
        StandardCharsets.UTF_8);
    Files.writeString(in.resolve("empty.html"), "<html><body></body></html>");
    String data = dir.resolve("data").toString();

    Run first = run("ingest", in.toString(), "--data", data, "--threads", "1");
    Run second = run("ingest", in.toString(), "--data", data, "--threads", "1");
    Run search = run("search", "herring", "--data", data);
    Run errors = run("errors", "--data", data);

    assertThat(first.exit()).isEqualTo(1);
    assertThat(first.out()).isEqualTo("1 new, 0 already stored, 1 failed\n");
    assertThat(first.err()).contains("empty.html: no main text");
    assertThat(second.out()).isEqualTo("0 new, 1 already stored, 1 failed\n");
    assertThat(search.exit()).isZero();
    assertThat(search.out())
        .startsWith("1 article matches; 1 to 1:")
        .contains("Quota talks end")
        .contains("new [herring] quotas");
    assertThat(errors.out()).contains("2x\t" + in.resolve("empty.html")).contains("no main text");
  }
}
