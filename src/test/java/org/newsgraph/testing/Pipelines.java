package org.newsgraph.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.pipeline.AnalysisPipeline;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.RawDocument;

/** The real pipeline, loaded once for the whole test suite. */
public final class Pipelines {
  private static AnalysisPipeline shared;

  private Pipelines() {}

  /** The shared pipeline; the first call loads the models (seconds). */
  public static synchronized AnalysisPipeline shared() {
    if (shared == null) {
      shared = AnalysisPipeline.standard();
    }
    return shared;
  }

  /** Analyzes a text published on the given date (or null). */
  public static AnalysisRecord analyze(String text, String published) {
    return shared()
        .analyze(
            new RawDocument("test", text, DocumentMetadata.NONE),
            new DocumentMetadata(null, null, null, published));
  }

  /** Analyzes a text published on a fixed day, for specs whose dates do not matter. */
  public static AnalysisRecord analyze(String text) {
    return analyze(text, "2025-03-07");
  }

  /** Analyzes a fixture from src/test/resources/fixtures. */
  public static AnalysisRecord fixture(String name, String published) {
    return analyze(readFixture(name), published);
  }

  /** A fixture's text. */
  public static String readFixture(String name) {
    try (InputStream in = Pipelines.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
