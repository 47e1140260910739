package org.newsgraph.clean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shared data directory, when this machine has it: the system property {@code
 * newsgraph.shared}, else {@code ../shared} from the working directory, else {@code /work/shared}.
 * Tests that read it skip when it is absent.
 */
final class SharedData {
  private SharedData() {}

  static Optional<Path> file(String relative) {
    return Stream.of(
            System.getProperty("newsgraph.shared"),
            Path.of("..", "shared").toString(),
            "/work/shared")
        .filter(dir -> dir != null && !dir.isBlank())
        .map(dir -> Path.of(dir).resolve(relative))
        .filter(Files::exists)
        .findFirst();
  }
}
