package org.newsgraph.extract.entity.lexicon;

/** A lexicon file that cannot be read or holds a bad line; the message starts "file:line:". */
public final class LexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LexiconException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
  }

  LexiconException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
  }
}
