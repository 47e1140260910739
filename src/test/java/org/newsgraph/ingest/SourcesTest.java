package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources named on the command line: files, directories and globs. */
class SourcesTest {
  @TempDir Path dir;

  @Test
  void aDirectoryGivesItsKnownFilesRecursivelyInPathOrder() throws IOException {
    Path b = touch("b.txt");
    Path a = touch("sub/a.html");
    Path c = touch("sub/deeper/c.jsonl");
    touch("notes.md");
    touch("image.png");

    List<String> problems = new ArrayList<>();
    List<Path> files = Sources.expand(List.of(dir), (s, why) -> problems.add(s + ": " + why));

    assertThat(files).containsExactly(b, a, c);
    assertThat(problems).isEmpty();
  }

  @Test
  void aGlobTheShellLeftAloneIsExpandedAndOneMatchingNothingIsAProblem() throws IOException {
    Path one = touch("feeds/one.html");
    Path two = touch("feeds/x/two.html");
    touch("feeds/three.txt");

    List<String> problems = new ArrayList<>();
    List<Path> files =
        Sources.expand(
            List.of(Path.of(dir + "/feeds/**.html"), Path.of(dir + "/none/*.txt")),
            (s, why) -> problems.add(s + ": " + why));

    assertThat(files).containsExactly(one, two);
    assertThat(problems).containsExactly(dir + "/none/*.txt: no file matches");
  }

  private Path touch(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, "x", java.nio.charset.StandardCharsets.UTF_8);
  }
}
