package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.CliRun;

/** ingest, search and errors end to end, on one data directory. */
class StoreCommandsTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void anAnalysisTimeoutUnderASecondIsAUsageErrorForIngestAndServe() {
    for (String command : new String[] {"ingest", "serve"}) {
      String[] args =
          command.equals("ingest")
              ? new String[] {"ingest", "x.txt", "--timeout", "0", "--data", dir.toString()}
              : new String[] {"serve", "--timeout", "0", "--data", dir.toString()};
      CliRun r = run(args);
      assertThat(r.exit()).as(command).isEqualTo(2);
      assertThat(r.err()).as(command).contains("--timeout must be at least 1 second");
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

    CliRun first = run("ingest", in.toString(), "--data", data, "--threads", "1");
    CliRun second = run("ingest", in.toString(), "--data", data, "--threads", "1");
    CliRun search = run("search", "herring", "--data", data);
    CliRun errors = run("errors", "--data", data);

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
