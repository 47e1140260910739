package org.newsgraph.read;

/** An input that cannot be read as a document; the message names the input and the reason. */
public final class ReadException extends Exception {
  private final String input;

  public ReadException(String input, String reason) {
    super(input + ": " + reason);
    this.input = input;
  }

  public ReadException(String input, String reason, Throwable cause) {
    super(input + ": " + reason, cause);
    this.input = input;
  }

  /** The input that failed. */
  public String input() {
    return input;
  }
}
