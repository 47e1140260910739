package org.newsgraph.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.RawDocument;

/** The short articles under src/test/resources/fixtures/clean, one behaviour each. */
final class Fixtures {
  private Fixtures() {}

  static RawDocument raw(String name) {
    String resource = "/fixtures/clean/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new RawDocument(
          name, new String(in.readAllBytes(), StandardCharsets.UTF_8), DocumentMetadata.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
