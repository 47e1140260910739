package org.newsgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Loads a whole input file within {@link ReadLimits}, rejecting a directory, a missing, unreadable,
 * empty or oversized file with one clear reason. Shared by the file readers.
 */
final class BoundedFile {
  private BoundedFile() {}

  /** The file's bytes; never more than {@code limits.maxBytes()}. */
  static byte[] read(Path input, String name, ReadLimits limits) throws ReadException {
    if (Files.isDirectory(input)) {
      throw new ReadException(name, "is a directory, not a file");
    }
    if (!Files.exists(input)) {
      throw new ReadException(name, "no such file");
    }
    if (!Files.isReadable(input)) {
      throw new ReadException(name, "not readable (permission denied)");
    }
    try {
      long size = Files.size(input);
      if (size > limits.maxBytes()) {
        throw tooLarge(name, size, limits);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(input)) {
        // Read one byte past the limit: the file may have grown since size() was asked.
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      }
      if (bytes.length > limits.maxBytes()) {
        throw tooLarge(name, bytes.length, limits);
      }
      if (bytes.length == 0) {
        throw new ReadException(name, "empty file (0 bytes)");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new ReadException(name, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new ReadException(name, "not readable (permission denied)", e);
    } catch (IOException e) {
      throw new ReadException(name, "cannot be read (" + e + ")", e);
    }
  }

  private static ReadException tooLarge(String name, long size, ReadLimits limits) {
    return new ReadException(
        name,
        "too large: more than "
            + limits.maxBytes()
            + " bytes (ReadLimits.maxBytes); it has "
            + (size > limits.maxBytes() + 1 ? size + " bytes" : "at least " + size));
  }
}
