package org.newsgraph.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the real articles and datasets of {@code ../shared}; tests skip when they are absent. */
public final class SharedData {
  private SharedData() {}

  /** The path under ../shared, skipping the calling test when it does not exist. */
  public static Path require(String relative) {
    Path p =
        Path.of(System.getProperty("user.dir")).resolve("../shared").resolve(relative).normalize();
    assumeTrue(Files.exists(p), "shared data not present: " + p);
    return p;
  }
}
