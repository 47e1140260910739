package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.CliRun;
import org.newsgraph.testing.NewsFixture;

/** newsgraph search: the words, narrowed by publication date and publisher. */
class SearchCommandTest {
  @TempDir static Path data;

  @BeforeAll
  static void fill() {
    NewsFixture.fill(data);
  }

  private static CliRun search(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "search";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--data";
    all[args.length + 2] = data.toString();
    return CliRun.of(all);
  }

  @Test
  void datesAndPublisherNarrowTheMatches() {
    assertThat(search("Lavrov").out()).startsWith("2 articles match; 1 to 2:");
    CliRun y2026 = search("Lavrov", "--from", "2026");
    assertThat(y2026.out())
        .startsWith("1 article matches; 1 to 1:")
        .contains("2026-01-05  Russia and Venezuela sign energy deal")
        .contains("[Lavrov]");
    assertThat(search("Caracas", "--to", "2025").out())
        .contains("Troops seize tanker off La Guaira")
        .doesNotContain("energy deal");
    assertThat(search("tanker", "--publisher", "example wire").out())
        .startsWith("0 articles match; 0 to 0:");
  }

  @Test
  void pagesAreWholeMultiplesOfTheLimit() {
    assertThat(search("Lavrov", "--limit", "1", "--offset", "1").out())
        .startsWith("2 articles match; 2 to 2:");
    CliRun odd = search("Lavrov", "--limit", "2", "--offset", "1");
    assertThat(odd.exit()).isEqualTo(2);
    assertThat(odd.err()).contains("--offset a multiple of it");
    assertThat(search("Lavrov", "--from", "last week").err()).contains("from must be an ISO date");
  }
}
