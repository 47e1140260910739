package org.newsgraph.read;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Turns one input into raw documents: a text file gives one, a feed or archive many. The reader
 * opens and closes the input itself.
 */
public interface DocumentReader {
  /**
   * Reads the input and hands each document to the sink, in order.
   *
   * @throws ReadException when the input cannot be read at all; it names the input
   */
  void read(Path input, Consumer<RawDocument> sink) throws ReadException;
}
