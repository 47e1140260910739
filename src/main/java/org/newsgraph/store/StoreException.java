package org.newsgraph.store;

/** The store cannot be opened, read or written; the message names the database and the cause. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
