package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads gold data of either format, telling them apart by the layout of the path. */
public final class GoldReader {
  private GoldReader() {}

  /**
   * A PolNeAR compartment (a directory with {@code text/} and {@code attributions/}), a directory
   * of gold JSON files, or one gold JSON file.
   */
  public static List<GoldArticle> read(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new IOException(path + ": no such file or directory");
    }
    if (Files.isDirectory(path.resolve("text"))
        && Files.isDirectory(path.resolve("attributions"))) {
      return BratReader.readCompartment(path);
    }
    return GoldJson.read(path);
  }
}
