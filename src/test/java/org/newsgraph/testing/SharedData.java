package org.newsgraph.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real articles and datasets beside the checkout ({@code ../shared}, or the directory the
 * system property {@code newsgraph.shared} names). Tests that read them skip when absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The file or directory under the shared data, if this machine has it. */
  public static Optional<Path> find(String relative) {
    String dir = System.getProperty("newsgraph.shared");
    Path root = dir != null && !dir.isBlank() ? Path.of(dir) : Path.of("..", "shared");
    Path p = root.resolve(relative).normalize();
    return Files.exists(p) ? Optional.of(p) : Optional.empty();
  }

  /** The path under the shared data, skipping the calling test when it does not exist. */
  public static Path require(String relative) {
    Optional<Path> p = find(relative);
    assumeTrue(p.isPresent(), "shared data not present: " + relative);
    return p.get();
  }
}
